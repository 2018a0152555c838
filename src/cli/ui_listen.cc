// podrun ui's addresses: where it listens (--listen), and which Host headers it answers.
#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "cli/ui.h"

namespace podrun::cli {

namespace {

bool is_ipv4(const std::string& s) {
  in_addr a{};
  return ::inet_pton(AF_INET, s.c_str(), &a) == 1;
}
bool is_ipv6(const std::string& s) {
  in6_addr a{};
  return ::inet_pton(AF_INET6, s.c_str(), &a) == 1;
}
bool is_loopback(const std::string& ip) { return (is_ipv4(ip) && ip.rfind("127.", 0) == 0) || ip == "::1"; }

// "HOST[:PORT]" or "[V6][:PORT]" → host and port text ("" when none).
std::pair<std::string, std::string> split_host_port(const std::string& text) {
  if (!text.empty() && text[0] == '[') {
    std::size_t close = text.find(']');
    if (close == std::string::npos) return {"", ""};
    std::string rest = text.substr(close + 1);
    if (!rest.empty() && rest[0] != ':') return {"", ""};
    return {text.substr(1, close - 1), rest.empty() ? "" : rest.substr(1)};
  }
  std::size_t colon = text.rfind(':');
  if (colon == std::string::npos) return {text, ""};
  if (text.find(':') != colon) return {text, ""};  // a bare IPv6 address
  return {text.substr(0, colon), text.substr(colon + 1)};
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() <= 5 && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

ListenAddress parse_listen(const std::string& text) {
  auto [host, port] = split_host_port(text);
  if (port.empty() && all_digits(host)) std::swap(host, port);  // "8080"
  if (!all_digits(port) || std::stoi(port) < 1 || std::stoi(port) > 65535)
    throw std::invalid_argument("--listen " + text + ": not ADDRESS:PORT (e.g. 127.0.0.1:8080)");
  ListenAddress a;
  a.port = std::stoi(port);
  if (host.empty() || host == "localhost") host = "127.0.0.1";
  if (!is_ipv4(host) && !is_ipv6(host))
    throw std::invalid_argument("--listen " + text + ": \"" + host +
                                "\" is not an IP address (give the address to listen on, e.g. 127.0.0.1:8080)");
  a.host = host;
  a.exposed = !is_loopback(host);
  return a;
}

bool host_header_allowed(const std::string& host) {
  auto [name, port] = split_host_port(host);
  if (!port.empty() && !all_digits(port)) return false;
  return name == "localhost" || is_ipv4(name) || is_ipv6(name);
}

}  // namespace podrun::cli
