#include "image/credentials.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace podrun::image {

namespace {

constexpr const char* kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// "*.example.com" against "a.example.com" (one label), else equal.
bool host_matches(const std::string& pattern, const std::string& host) {
  if (pattern.rfind("*.", 0) != 0) return pattern == host;
  auto dot = host.find('.');
  return dot != std::string::npos && host.substr(dot) == pattern.substr(1) && host.find('.') == dot;
}

}  // namespace

std::string base64_encode(const std::string& in) {
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v =
        (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) | static_cast<unsigned char>(in[i + 2]);
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += kB64[(v >> 6) & 63];
    out += kB64[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kB64[v >> 18];
    out += kB64[(v >> 12) & 63];
    out += i + 1 < in.size() ? kB64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::optional<std::string> base64_decode(const std::string& in) {
  std::string out;
  unsigned v = 0;
  int bits = 0;
  std::size_t pad = 0;
  for (char ch : in) {
    if (ch == '=') {
      ++pad;
      continue;
    }
    if (ch == '\n' || ch == '\r') continue;
    const char* p = std::char_traits<char>::find(kB64, 64, ch);
    if (!p || pad) return std::nullopt;
    v = (v << 6) | static_cast<unsigned>(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xff);
    }
  }
  if (pad > 2) return std::nullopt;
  return out;
}

std::string normalize_credential_key(std::string key) {
  key = key.substr(0, key.find_first_of(" \t"));
  if (auto s = key.find("://"); s != std::string::npos) key = key.substr(s + 3);
  while (!key.empty() && key.back() == '/') key.pop_back();
  // Docker's old v1 endpoint names: https://index.docker.io/v1/ and friends.
  if (key.size() >= 3 && key.compare(key.size() - 3, 3, "/v1") == 0) key.resize(key.size() - 3);
  if (key.size() >= 3 && key.compare(key.size() - 3, 3, "/v2") == 0) key.resize(key.size() - 3);
  auto slash = key.find('/');
  std::string host = lower(key.substr(0, slash));
  if (host == "index.docker.io" || host == "registry-1.docker.io" || host == "registry.hub.docker.com") host = "docker.io";
  return host + (slash == std::string::npos ? "" : key.substr(slash));
}

std::vector<CredentialEntry> parse_docker_config(const std::string& text, const std::string& source) {
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error(source + ": not a JSON object (want {\"auths\": {...}})");
  const nlohmann::json* auths = &j;
  if (auto it = j.find("auths"); it != j.end()) auths = &*it;  // config.json / .dockerconfigjson
  if (!auths->is_object()) throw std::runtime_error(source + ": \"auths\" is not an object");
  std::vector<CredentialEntry> out;
  for (const auto& [key, value] : auths->items()) {
    if (!value.is_object()) throw std::runtime_error(source + ": auths[\"" + key + "\"] is not an object");
    Credentials c;
    c.source = source;
    auto str = [&, &value = value](const char* k) {
      auto it = value.find(k);
      return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    c.username = str("username");
    c.password = str("password");
    c.registry_token = str("registrytoken");
    std::string auth = str("auth");
    if (!auth.empty()) {
      auto decoded = base64_decode(auth);
      auto colon = decoded ? decoded->find(':') : std::string::npos;
      if (!decoded || colon == std::string::npos)
        throw std::runtime_error(source + ": auths[\"" + key + "\"].auth is not base64 of user:password");
      c.username = decoded->substr(0, colon);
      c.password = decoded->substr(colon + 1);
    }
    if (c.username.empty() && c.password.empty() && c.registry_token.empty()) continue;  // credential helpers' stubs
    out.push_back({normalize_credential_key(key), c});
  }
  return out;
}

std::optional<Credentials> find_credentials(const std::vector<CredentialEntry>& entries, const std::string& registry,
                                            const std::string& repository) {
  const std::string host = lower(registry);
  const CredentialEntry* best = nullptr;
  std::size_t best_len = 0;
  for (const auto& e : entries) {
    auto slash = e.key.find('/');
    std::string khost = e.key.substr(0, slash);
    std::string kpath = slash == std::string::npos ? "" : e.key.substr(slash + 1);
    if (!host_matches(khost, host)) continue;
    if (!kpath.empty() && repository != kpath && repository.rfind(kpath + "/", 0) != 0) continue;
    if (!best || e.key.size() > best_len) {
      best = &e;
      best_len = e.key.size();
    }
  }
  if (!best) return std::nullopt;
  return best->credentials;
}

std::string basic_authorization(const Credentials& c) { return "Basic " + base64_encode(c.username + ":" + c.password); }

}  // namespace podrun::image
