// Renders `podrun validate` results as they arrive: text, JSON or JUnit XML.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "loader/loader.h"

namespace podrun::cli {

struct ValidationSummary {
  std::size_t documents = 0, valid = 0, invalid = 0, skipped = 0, warnings = 0;
};

// A document fails when it has errors, or warnings under --strict.
bool document_fails(const loader::DocumentResult& d, bool strict);

class ValidationReport {
 public:
  virtual ~ValidationReport() = default;
  // Called once per document, in input order.
  void add(const loader::DocumentResult& d);
  // Called once at the end.
  virtual void finish() = 0;
  const ValidationSummary& summary() const { return summary_; }

 protected:
  ValidationReport(std::ostream& out, bool strict) : out_(out), strict_(strict) {}
  virtual void write(const loader::DocumentResult& d) = 0;
  std::ostream& out_;
  bool strict_;
  ValidationSummary summary_;
};

// format: "text", "json" or "junit".
std::unique_ptr<ValidationReport> make_report(const std::string& format, std::ostream& out, bool strict);

}  // namespace podrun::cli
