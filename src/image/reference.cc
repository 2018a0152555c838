#include "image/reference.h"

#include <algorithm>
#include <cctype>

#include "image/digest.h"

namespace podrun::image {

std::string Reference::str() const { return digest.empty() ? repository + ":" + tag : repository + "@" + digest; }

std::string Reference::familiar() const {
  std::string repo = repository;
  for (const char* prefix : {"docker.io/library/", "docker.io/"})
    if (repo.rfind(prefix, 0) == 0) {
      repo = repo.substr(std::string(prefix).size());
      break;
    }
  return digest.empty() ? repo + ":" + tag : repo + "@" + digest;
}

namespace {

bool valid_path_component(const std::string& c) {
  // lowercase alphanumerics separated by '.', '_', '__' or '-' (the distribution grammar)
  if (c.empty() || !std::isalnum(static_cast<unsigned char>(c.front())) || !std::isalnum(static_cast<unsigned char>(c.back())))
    return false;
  return std::all_of(c.begin(), c.end(),
                     [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-'; });
}

bool valid_tag(const std::string& t) {
  if (t.empty() || t.size() > 128 || t[0] == '.' || t[0] == '-') return false;
  return std::all_of(t.begin(), t.end(),
                     [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' || ch == '-'; });
}

}  // namespace

std::optional<Reference> parse_reference(const std::string& text, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<Reference> {
    if (error) *error = "invalid image reference \"" + text + "\": " + why;
    return std::nullopt;
  };
  if (text.empty()) return fail("empty");
  Reference r;
  std::string rest = text;
  std::size_t at = rest.find('@');
  if (at != std::string::npos) {
    r.digest = rest.substr(at + 1);
    rest = rest.substr(0, at);
    if (!is_sha256_digest(r.digest)) return fail("a digest must be sha256: followed by 64 lowercase hex digits");
  }
  std::size_t slash = rest.rfind('/');
  std::size_t colon = rest.rfind(':');
  if (colon != std::string::npos && (slash == std::string::npos || colon > slash)) {
    r.tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
    if (!valid_tag(r.tag)) return fail("bad tag \"" + r.tag + "\"");
  }
  if (r.tag.empty() && r.digest.empty()) r.tag = "latest";
  // A first component with '.' or ':' or "localhost" is a registry; else Docker Hub.
  std::size_t first = rest.find('/');
  std::string domain, path = rest;
  if (first != std::string::npos) {
    std::string head = rest.substr(0, first);
    if (head.find('.') != std::string::npos || head.find(':') != std::string::npos || head == "localhost") {
      domain = head;
      path = rest.substr(first + 1);
    }
  }
  if (domain.empty()) {
    r.short_path = path;
    domain = "docker.io";
    if (path.find('/') == std::string::npos) path = "library/" + path;
  }
  std::size_t start = 0;
  while (true) {
    std::size_t end = path.find('/', start);
    std::string comp = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!valid_path_component(comp)) return fail("bad name component \"" + comp + "\" (lowercase letters, digits, '.', '_', '-')");
    if (end == std::string::npos) break;
    start = end + 1;
  }
  r.repository = domain + "/" + path;
  return r;
}

}  // namespace podrun::image
