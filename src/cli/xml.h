// Text for the XML documents podrun writes (JUnit reports, SVG pictures), in element text or a
// double-quoted attribute: &, <, > and " escaped, control characters XML 1.0 does not allow
// made blanks.
#pragma once

#include <string>

namespace podrun::cli {

inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') out += ' ';
        else out += c;
    }
  }
  return out;
}

}  // namespace podrun::cli
