#include "cli/report.h"

#include <nlohmann/json.hpp>

namespace podrun::cli {

using spec::DocumentResult;
using spec::LoadResult;

bool document_fails(const DocumentResult& d, bool strict) {
  return d.errors() > 0 || (strict && d.warnings() > 0 && !d.skipped);
}

ValidationSummary summarize(const LoadResult& r, bool strict) {
  ValidationSummary s;
  for (const auto& d : r.documents) {
    ++s.documents;
    s.warnings += d.warnings();
    if (d.skipped) ++s.skipped;
    else if (document_fails(d, strict)) ++s.invalid;
    else ++s.valid;
  }
  return s;
}

namespace {

std::string closing_line(const ValidationSummary& s) {
  std::string line = std::to_string(s.documents) + (s.documents == 1 ? " document: " : " documents: ") +
                     std::to_string(s.valid) + " valid, " + std::to_string(s.invalid) + " invalid, ";
  if (s.skipped) line += std::to_string(s.skipped) + " skipped, ";
  return line + std::to_string(s.warnings) + (s.warnings == 1 ? " warning" : " warnings");
}

std::string object_label(const DocumentResult& d) {
  std::string kind = d.kind.empty() ? "document" : d.kind;
  if (d.name.empty()) return kind;
  return kind + " " + (d.ns.empty() ? "default" : d.ns) + "/" + d.name;
}

std::string xml_escape(const std::string& s) {
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

}  // namespace

void write_text(std::ostream& out, const LoadResult& r, bool strict) {
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics) {
      Diagnostic shown = diag;
      if (strict && shown.severity == Severity::Warning && !d.skipped) shown.severity = Severity::Error;
      out << format_diagnostic(d.file, shown) << '\n';
    }
  out << closing_line(summarize(r, strict)) << '\n';
}

void write_json(std::ostream& out, const LoadResult& r, bool strict) {
  nlohmann::ordered_json docs = nlohmann::ordered_json::array();
  for (const auto& d : r.documents) {
    nlohmann::ordered_json doc;
    doc["file"] = d.file;
    doc["line"] = d.mark.line;
    doc["kind"] = d.kind;
    doc["namespace"] = d.ns;
    doc["name"] = d.name;
    doc["valid"] = !document_fails(d, strict) && !d.skipped;
    if (d.skipped) doc["skipped"] = true;
    nlohmann::ordered_json errors = nlohmann::ordered_json::array(), warnings = nlohmann::ordered_json::array();
    for (const auto& diag : d.diagnostics) {
      nlohmann::ordered_json e;
      e["line"] = diag.mark.line;
      e["column"] = diag.mark.column;
      e["path"] = diag.path;
      e["message"] = diag.message;
      if (diag.severity == Severity::Error) {
        e["category"] = category_name(diag.category);
        errors.push_back(std::move(e));
      } else {
        warnings.push_back(std::move(e));
      }
    }
    doc["errors"] = std::move(errors);
    doc["warnings"] = std::move(warnings);
    docs.push_back(std::move(doc));
  }
  ValidationSummary s = summarize(r, strict);
  nlohmann::ordered_json root;
  root["documents"] = std::move(docs);
  root["summary"] = {{"documents", s.documents}, {"valid", s.valid}, {"invalid", s.invalid},
                     {"skipped", s.skipped}, {"warnings", s.warnings}};
  // Invalid UTF-8 cannot reach here (the reader refuses it), but be safe with file names.
  out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void write_junit(std::ostream& out, const LoadResult& r, bool strict) {
  ValidationSummary s = summarize(r, strict);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"podrun validate\" tests=\"" << s.documents << "\" failures=\"" << s.invalid << "\">\n";
  out << "  <testsuite name=\"podrun validate\" tests=\"" << s.documents << "\" failures=\"" << s.invalid
      << "\" skipped=\"" << s.skipped << "\">\n";
  for (const auto& d : r.documents) {
    out << "    <testcase classname=\"" << xml_escape(d.file) << "\" name=\""
        << xml_escape(object_label(d) + " (line " + std::to_string(d.mark.line) + ")") << "\"";
    std::string failures, notes;
    for (const auto& diag : d.diagnostics) {
      std::string line = format_diagnostic(d.file, diag);
      bool fails = diag.severity == Severity::Error || (strict && !d.skipped);
      (fails ? failures : notes) += line + "\n";
    }
    if (failures.empty() && notes.empty() && !d.skipped) {
      out << "/>\n";
      continue;
    }
    out << ">\n";
    if (d.skipped) out << "      <skipped message=\"" << xml_escape(notes) << "\"/>\n";
    else if (!failures.empty()) {
      std::string first = failures.substr(0, failures.find('\n'));
      out << "      <failure message=\"" << xml_escape(first) << "\">" << xml_escape(failures) << "</failure>\n";
    }
    if (!notes.empty() && !d.skipped) out << "      <system-out>" << xml_escape(notes) << "</system-out>\n";
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace podrun::cli
