// podrun ui's addresses (cli/ui.h): loopback unless an address says otherwise, names refused;
// the Host headers it answers (no root needed).
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "cli/ui.h"

using podrun::cli::host_header_allowed;
using podrun::cli::parse_listen;

TEST_CASE("ui --listen: loopback by default, other addresses only as written, names refused (table)", "[cli][ui]") {
  struct Row {
    const char* text;
    const char* host;  // nullptr: refused
    int port;
    bool exposed;
  } rows[] = {
      {"127.0.0.1:8080", "127.0.0.1", 8080, false},
      {"127.0.0.2:9000", "127.0.0.2", 9000, false},
      {"localhost:8081", "127.0.0.1", 8081, false},
      {":8082", "127.0.0.1", 8082, false},
      {"8083", "127.0.0.1", 8083, false},
      {"[::1]:8084", "::1", 8084, false},
      {"0.0.0.0:8085", "0.0.0.0", 8085, true},
      {"192.0.2.7:8086", "192.0.2.7", 8086, true},
      {"[::]:8087", "::", 8087, true},
      {"example.com:8080", nullptr, 0, false},
      {"127.0.0.1", nullptr, 0, false},
      {"127.0.0.1:0", nullptr, 0, false},
      {"127.0.0.1:65536", nullptr, 0, false},
      {"127.0.0.1:http", nullptr, 0, false},
      {"[::1:8080", nullptr, 0, false},
      {"", nullptr, 0, false},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    if (!r.host) {
      CHECK_THROWS_AS(parse_listen(r.text), std::invalid_argument);
      continue;
    }
    auto a = parse_listen(r.text);
    CHECK(a.host == r.host);
    CHECK(a.port == r.port);
    CHECK(a.exposed == r.exposed);
  }
}

TEST_CASE("ui answers Host headers of localhost or an address, never a name (DNS rebinding)", "[cli][ui]") {
  for (const char* ok : {"127.0.0.1:8080", "localhost:8080", "localhost", "[::1]:8080", "192.0.2.7"}) {
    INFO(ok);
    CHECK(host_header_allowed(ok));
  }
  for (const char* bad : {"", "attacker.example:8080", "attacker.example", "127.0.0.1.nip.io:8080", "localhost:80x"}) {
    INFO(bad);
    CHECK_FALSE(host_header_allowed(bad));
  }
}
