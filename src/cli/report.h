// Renders a LoadResult for `podrun validate`: text, JSON or JUnit XML.
#pragma once

#include <ostream>

#include "spec/loader.h"

namespace podrun::cli {

struct ValidationSummary {
  std::size_t documents = 0, valid = 0, invalid = 0, skipped = 0, warnings = 0;
};

// A document fails when it has errors, or warnings under --strict.
bool document_fails(const spec::DocumentResult& d, bool strict);
ValidationSummary summarize(const spec::LoadResult& r, bool strict);

void write_text(std::ostream& out, const spec::LoadResult& r, bool strict);
void write_json(std::ostream& out, const spec::LoadResult& r, bool strict);
void write_junit(std::ostream& out, const spec::LoadResult& r, bool strict);

}  // namespace podrun::cli
