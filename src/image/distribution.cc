#include "image/distribution.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

namespace podrun::image {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

// application/x-www-form-urlencoded, as the token endpoint reads its query.
std::string form_encode(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

// --- manifests ---------------------------------------------------------------------------------

const char* const kManifestAccept =
    "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json";

const char* manifest_media_type(ManifestType t) {
  switch (t) {
    case ManifestType::OciIndex: return "application/vnd.oci.image.index.v1+json";
    case ManifestType::OciManifest: return "application/vnd.oci.image.manifest.v1+json";
    case ManifestType::DockerManifestList: return "application/vnd.docker.distribution.manifest.list.v2+json";
    case ManifestType::DockerManifest: return "application/vnd.docker.distribution.manifest.v2+json";
    case ManifestType::Unsupported: return "";
  }
  return "";
}

ManifestType manifest_type(std::string_view content_type) {
  std::string t = lower(trim(content_type.substr(0, content_type.find(';'))));
  for (ManifestType m : {ManifestType::OciIndex, ManifestType::OciManifest, ManifestType::DockerManifestList, ManifestType::DockerManifest})
    if (t == manifest_media_type(m)) return m;
  return ManifestType::Unsupported;
}

bool is_index(ManifestType t) { return t == ManifestType::OciIndex || t == ManifestType::DockerManifestList; }

// --- platforms ---------------------------------------------------------------------------------

Platform normalize(Platform p) {
  p.os = lower(p.os);
  p.architecture = lower(p.architecture);
  p.variant = lower(p.variant);
  const std::string a = p.architecture;
  if (a == "x86_64" || a == "x86-64") p.architecture = "amd64";
  if (a == "i386" || a == "i686") p.architecture = "386";
  if (a == "aarch64") p.architecture = "arm64";
  if (a == "armhf" || a == "armel") {
    p.architecture = "arm";
    p.variant = a == "armhf" ? "v7" : "v6";
  }
  if (p.architecture == "arm64" && (p.variant == "v8" || p.variant == "8")) p.variant.clear();
  if (p.architecture == "amd64" && (p.variant == "v1" || p.variant == "1")) p.variant.clear();
  if (p.architecture == "arm") {
    if (p.variant.empty()) p.variant = "v7";
    else if (p.variant.size() == 1 && std::isdigit(static_cast<unsigned char>(p.variant[0]))) p.variant = "v" + p.variant;
  }
  return p;
}

std::optional<Platform> parse_platform(std::string_view text, std::string* error) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (true) {
    std::size_t slash = text.find('/', at);
    parts.emplace_back(text.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at));
    if (slash == std::string_view::npos) break;
    at = slash + 1;
  }
  auto fail = [&](const std::string& why) -> std::optional<Platform> {
    if (error) *error = "platform \"" + std::string(text) + "\": " + why;
    return std::nullopt;
  };
  if (parts.size() < 2 || parts.size() > 3) return fail("want OS/ARCH or OS/ARCH/VARIANT (linux/arm64/v8)");
  for (const auto& p : parts)
    if (p.empty() || !std::all_of(p.begin(), p.end(), [](unsigned char c) { return std::isalnum(c) || c == '_' || c == '-'; }))
      return fail("each part is letters, digits, '_' or '-'");
  Platform p{parts[0], parts[1], parts.size() == 3 ? parts[2] : ""};
  return normalize(p);
}

std::string platform_text(const Platform& p) { return p.os + "/" + p.architecture + (p.variant.empty() ? "" : "/" + p.variant); }

Platform host_platform() {
#if defined(__x86_64__)
  return Platform{"linux", "amd64", ""};
#elif defined(__aarch64__)
  return Platform{"linux", "arm64", ""};
#elif defined(__arm__)
  return normalize(Platform{"linux", "arm", ""});
#elif defined(__i386__)
  return Platform{"linux", "386", ""};
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return Platform{"linux", "ppc64le", ""};
#elif defined(__s390x__)
  return Platform{"linux", "s390x", ""};
#elif defined(__riscv) && __riscv_xlen == 64
  return Platform{"linux", "riscv64", ""};
#else
  return Platform{"linux", "unknown", ""};
#endif
}

std::optional<std::size_t> choose_platform(const std::vector<std::optional<Platform>>& entries, const Platform& want) {
  const Platform w = normalize(want);
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (entries[i] && normalize(*entries[i]) == w) return i;
  return std::nullopt;
}

// --- authentication ----------------------------------------------------------------------------

std::optional<Challenge> parse_challenge(std::string_view header) {
  std::string_view s = trim(header);
  std::size_t i = 0;
  while (i < s.size() && is_token_char(s[i])) ++i;
  if (i == 0) return std::nullopt;
  Challenge c;
  c.scheme = lower(s.substr(0, i));
  // auth-param *( "," auth-param ), each token = ( token / quoted-string )
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == ',')) ++i;
    std::size_t k = i;
    while (i < s.size() && is_token_char(s[i])) ++i;
    if (i == k) break;
    std::string key = lower(s.substr(k, i - k));
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= s.size() || s[i] != '=') {
      // Not a parameter: the next challenge (several may share one header) begins.
      break;
    }
    ++i;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::string value;
    if (i < s.size() && s[i] == '"') {
      ++i;
      bool closed = false;
      for (; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
          value += s[++i];
        } else if (s[i] == '"') {
          closed = true;
          ++i;
          break;
        } else {
          value += s[i];
        }
      }
      if (!closed) return std::nullopt;
    } else {
      std::size_t v = i;
      while (i < s.size() && is_token_char(s[i])) ++i;
      value = std::string(s.substr(v, i - v));
    }
    if (key == "realm") c.realm = value;
    else if (key == "service") c.service = value;
    else if (key == "scope") c.scope = value;
  }
  return c;
}

std::string pull_scope(std::string_view repository_path) { return "repository:" + std::string(repository_path) + ":pull"; }

std::string token_url(const Challenge& c, std::string_view scope) {
  std::string url = c.realm;
  char sep = url.find('?') == std::string::npos ? '?' : '&';
  if (!c.service.empty()) {
    url += sep + std::string("service=") + form_encode(c.service);
    sep = '&';
  }
  std::string_view sc = c.scope.empty() ? scope : std::string_view(c.scope);
  if (!sc.empty()) url += sep + std::string("scope=") + form_encode(sc);
  return url;
}

std::optional<Token> parse_token_response(std::string_view body, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<Token> {
    if (error) *error = "token response: " + why;
    return std::nullopt;
  };
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return fail("not a JSON object");
  Token t;
  for (const char* key : {"token", "access_token"}) {
    auto it = j.find(key);
    if (it != j.end() && it->is_string() && !it->get<std::string>().empty()) {
      t.value = it->get<std::string>();
      break;
    }
  }
  if (t.value.empty()) return fail("neither \"token\" nor \"access_token\"");
  auto exp = j.find("expires_in");
  if (exp != j.end() && exp->is_number_integer() && exp->get<std::int64_t>() > 0) t.expires_in_seconds = exp->get<std::int64_t>();
  return t;
}

}  // namespace podrun::image
