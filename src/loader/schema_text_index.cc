#include "loader/schema_text_index.h"

#include <array>

namespace podrun::loader {

std::size_t string_end(std::string_view text, std::size_t at, std::size_t end) {
  // Strings here are short (names, types, patterns): a byte loop, not a memchr call each.
  std::size_t j = at + 1;
  while (j < end && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
  return j < end ? j + 1 : 0;
}

std::optional<std::vector<ContainerEnd>> index_containers(std::string_view text) {
  if (text.size() >= UINT32_MAX) return std::nullopt;
  std::vector<ContainerEnd> out;
  std::vector<std::size_t> open;  // indexes into out of the containers not yet closed
  // Most bytes are none of the five: one table load each (a third of the pass's instructions
  // of five comparisons).
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'"', '{', '[', '}', ']'}) t[c] = true;
    return t;
  }();
  const char* base = text.data();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = base[i];
    if (!kSpecial[static_cast<unsigned char>(c)]) continue;
    if (c == '"') {
      const std::size_t after = string_end(text, i, text.size());
      if (after == 0) return std::nullopt;
      i = after - 1;
    } else if (c == '{' || c == '[') {
      open.push_back(out.size());
      out.push_back({static_cast<std::uint32_t>(i), 0});
    } else {
      if (open.empty() || base[out[open.back()].start] != (c == '}' ? '{' : '[')) return std::nullopt;
      out[open.back()].end = static_cast<std::uint32_t>(i + 1);
      open.pop_back();
    }
  }
  if (!open.empty()) return std::nullopt;
  return out;
}

}  // namespace podrun::loader
