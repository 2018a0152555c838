#include "cli/report.h"

#include <nlohmann/json.hpp>

#include "cli/xml.h"

namespace podrun::cli {

using loader::DocumentResult;

bool document_fails(const DocumentResult& d, bool strict) { return d.errors() > 0 || (strict && d.warnings() > 0 && !d.skipped); }

void ValidationReport::add(const DocumentResult& d) {
  ++summary_.documents;
  summary_.warnings += d.warnings();
  if (d.skipped) ++summary_.skipped;
  else if (document_fails(d, strict_)) ++summary_.invalid;
  else ++summary_.valid;
  write(d);
}

namespace {

std::string closing_line(const ValidationSummary& s) {
  std::string line = std::to_string(s.documents) + (s.documents == 1 ? " document: " : " documents: ") + std::to_string(s.valid) +
                     " valid, " + std::to_string(s.invalid) + " invalid, ";
  if (s.skipped) line += std::to_string(s.skipped) + " skipped, ";
  return line + std::to_string(s.warnings) + (s.warnings == 1 ? " warning" : " warnings");
}

std::string object_label(const DocumentResult& d) {
  std::string kind = d.kind.empty() ? "document" : d.kind;
  if (d.name.empty()) return kind;
  return kind + " " + (d.ns.empty() ? "default" : d.ns) + "/" + d.name;
}

// FILE:LINE:COL: [warning: ]PATH: message, one line per problem, then the closing line.
class TextReport : public ValidationReport {
 public:
  TextReport(std::ostream& out, bool strict) : ValidationReport(out, strict) {}
  void write(const DocumentResult& d) override {
    for (const auto& diag : d.diagnostics) {
      Diagnostic shown = diag;
      if (strict_ && shown.severity == Severity::Warning && !d.skipped) shown.severity = Severity::Error;
      out_ << format_diagnostic(d.file, shown) << '\n';
    }
  }
  void finish() override { out_ << closing_line(summary_) << '\n'; }
};

// {"documents": [one object per line], "summary": {...}}; documents stream as they come.
class JsonReport : public ValidationReport {
 public:
  JsonReport(std::ostream& out, bool strict) : ValidationReport(out, strict) { out_ << "{\n  \"documents\": ["; }
  void write(const DocumentResult& d) override {
    nlohmann::ordered_json doc;
    doc["file"] = d.file;
    doc["line"] = d.mark.line;
    doc["kind"] = d.kind;
    doc["namespace"] = d.ns;
    doc["name"] = d.name;
    doc["valid"] = !document_fails(d, strict_) && !d.skipped;
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
    out_ << (first_ ? "\n    " : ",\n    ") << doc.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    first_ = false;
  }
  void finish() override {
    const ValidationSummary& s = summary_;
    nlohmann::ordered_json summary = {
        {"documents", s.documents}, {"valid", s.valid}, {"invalid", s.invalid}, {"skipped", s.skipped}, {"warnings", s.warnings}};
    out_ << (first_ ? "],\n" : "\n  ],\n") << "  \"summary\": " << summary.dump() << "\n}\n";
  }

 private:
  bool first_ = true;
};

// JUnit XML: one testcase per document. The header needs the counts, so the testcases are
// kept until the end (CI systems read small reports; this format is not for 10,000 files).
class JunitReport : public ValidationReport {
 public:
  JunitReport(std::ostream& out, bool strict) : ValidationReport(out, strict) {}
  void write(const DocumentResult& d) override {
    body_ += "    <testcase classname=\"" + xml_escape(d.file) + "\" name=\"" +
             xml_escape(object_label(d) + " (line " + std::to_string(d.mark.line) + ")") + "\"";
    std::string failures, notes;
    for (const auto& diag : d.diagnostics) {
      std::string line = format_diagnostic(d.file, diag);
      bool fails = diag.severity == Severity::Error || (strict_ && !d.skipped);
      (fails ? failures : notes) += line + "\n";
    }
    if (failures.empty() && notes.empty() && !d.skipped) {
      body_ += "/>\n";
      return;
    }
    body_ += ">\n";
    if (d.skipped) {
      body_ += "      <skipped message=\"" + xml_escape(notes) + "\"/>\n";
    } else {
      if (!failures.empty())
        body_ += "      <failure message=\"" + xml_escape(failures.substr(0, failures.find('\n'))) + "\">" + xml_escape(failures) +
                 "</failure>\n";
      if (!notes.empty()) body_ += "      <system-out>" + xml_escape(notes) + "</system-out>\n";
    }
    body_ += "    </testcase>\n";
  }
  void finish() override {
    const ValidationSummary& s = summary_;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<testsuites name=\"podrun validate\" tests=\"" << s.documents << "\" failures=\"" << s.invalid << "\">\n"
         << "  <testsuite name=\"podrun validate\" tests=\"" << s.documents << "\" failures=\"" << s.invalid << "\" skipped=\"" << s.skipped
         << "\">\n"
         << body_ << "  </testsuite>\n</testsuites>\n";
  }

 private:
  std::string body_;
};

}  // namespace

std::unique_ptr<ValidationReport> make_report(const std::string& format, std::ostream& out, bool strict) {
  if (format == "json") return std::make_unique<JsonReport>(out, strict);
  if (format == "junit") return std::make_unique<JunitReport>(out, strict);
  return std::make_unique<TextReport>(out, strict);
}

}  // namespace podrun::cli
