// Where each object and array of a schema's JSON text ends: what the part of a schema that a
// document reaches is read with (loader/schema.cc, TextRestrictor), without parsing the rest.
// Computed at build time for the schemas linked into podrun (podrun_schema_index, below the
// schemas' blobs in loader/schemas_blob.S), at run time for any other text.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace podrun::loader {

// An object or array: the offset of its '{' or '[' and the offset past its closing bracket.
// In the order of `start`.
struct ContainerEnd {
  std::uint32_t start;
  std::uint32_t end;
};

// One pass over `text`; nullopt when a string or a bracket does not close (or the text is
// 4 GiB or more).
std::optional<std::vector<ContainerEnd>> index_containers(std::string_view text);

// The offset past the string whose '"' is at `at`, within `end`; 0 when it does not close.
std::size_t string_end(std::string_view text, std::size_t at, std::size_t end);

}  // namespace podrun::loader
