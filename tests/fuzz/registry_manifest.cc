// What a registry sends, read as the pull reads it (image/registry.h, image/distribution.h):
// the input is a Content-Type line, a Docker-Content-Digest line, a reference line and the
// body. The manifest check (read_manifest), the WWW-Authenticate challenge and the token
// response, platforms and image references must refuse what they cannot read with their
// documented errors (RegistryError, nullopt), nothing else.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "image/distribution.h"
#include "image/reference.h"
#include "image/registry.h"

namespace {

std::string next_line(std::string_view& rest) {
  std::size_t nl = rest.find('\n');
  std::string line(rest.substr(0, nl));
  rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::image;
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::string content_type = next_line(rest);
  std::string header_digest = next_line(rest);
  std::string ref = next_line(rest);
  std::string body(rest);

  try {
    FetchedManifest m = read_manifest(body, content_type, header_digest, ref, "manifest");
    FUZZ_CHECK(m.type != ManifestType::Unsupported, "an accepted manifest has a type");
    FUZZ_CHECK(m.bytes == body, "the bytes are kept as they came");
  } catch (const RegistryError& e) {
    FUZZ_CHECK(e.kind == RegistryError::Kind::Invalid, "a bad manifest is Invalid");
  }

  (void)manifest_type(content_type);
  if (auto c = parse_challenge(content_type)) (void)token_url(*c, ref);
  std::string why;
  (void)parse_token_response(body, &why);
  std::optional<Platform> want = parse_platform(header_digest, &why);
  if (want) {
    auto again = parse_platform(platform_text(*want));
    FUZZ_CHECK(again && *again == *want, "a platform's text parses back to it");
  }
  std::vector<std::optional<Platform>> entries;
  for (std::string_view r = body; !r.empty() && entries.size() < 16;) entries.push_back(parse_platform(next_line(r)));
  if (auto i = choose_platform(entries, want ? *want : host_platform())) FUZZ_CHECK(*i < entries.size(), "a chosen entry exists");
  if (auto r = parse_reference(ref, &why)) {
    auto again = parse_reference(r->str(), &why);
    FUZZ_CHECK(again && again->str() == r->str(), "a reference's text parses back to it");
    (void)pull_scope(r->str());
  }
  return 0;
}
