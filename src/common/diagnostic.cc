#include "common/diagnostic.h"

namespace podrun {

std::string format_diagnostic(const std::string& file, const Diagnostic& d) {
  std::string out = file;
  if (d.mark.line > 0) {
    out += ':' + std::to_string(d.mark.line);
    if (d.mark.column > 0) out += ':' + std::to_string(d.mark.column);
  }
  out += ": ";
  if (d.severity == Severity::Warning) out += "warning: ";
  if (!d.path.empty()) out += d.path + ": ";
  out += d.message;
  return out;
}

const char* category_name(Category c) {
  switch (c) {
    case Category::Invalid: return "invalid";
    case Category::Unsupported: return "unsupported";
    case Category::Unresolved: return "unresolved";
    case Category::Forbidden: return "forbidden";
  }
  return "invalid";
}

}  // namespace podrun
