// The pull's decisions without a registry: credentials as docker/podman/the kubelet keep and
// match them, URLs of redirects, back-off, where a reference is pulled from (mirrors,
// insecure registries), and what a policy asks of the store. The protocol itself runs
// against a real registry in tests/e2e/registry_root_test.sh.
#include <catch2/catch.hpp>

#include "image/credentials.h"
#include "image/http.h"
#include "image/pull.h"
#include "image/registry.h"
#include "pods/images.h"

using namespace podrun::image;

TEST_CASE("credentials: base64 both ways", "[image][pull]") {
  for (const std::string& s : std::vector<std::string>{"", "a", "ab", "abc", "user:pa:ss", std::string("\0\xff", 2)}) {
    CAPTURE(s);
    auto back = base64_decode(base64_encode(s));
    REQUIRE(back);
    CHECK(*back == s);
  }
  CHECK(base64_encode("user:secret") == "dXNlcjpzZWNyZXQ=");
  CHECK_FALSE(base64_decode("dXN!cg=="));
  CHECK_FALSE(base64_decode("dX=Nl"));  // data after padding
}

TEST_CASE("credentials: keys normalised as the kubelet's keyring reads them (table)", "[image][pull]") {
  struct Row {
    const char *key, *want;
  } rows[] = {
      {"https://index.docker.io/v1/", "docker.io"},
      {"index.docker.io", "docker.io"},
      {"registry-1.docker.io", "docker.io"},
      {"Registry.Example:5000", "registry.example:5000"},
      {"http://registry.example:5000/team/", "registry.example:5000/team"},
      {"registry.example/v2/", "registry.example"},
      {"*.example.com", "*.example.com"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.key);
    CHECK(normalize_credential_key(r.key) == r.want);
  }
}

TEST_CASE("credentials: config.json, auth.json and dockerconfigjson, the most specific key wins", "[image][pull]") {
  auto entries = parse_docker_config(R"({"auths": {
      "https://index.docker.io/v1/": {"auth": "aHViOmh1YnBhc3M="},
      "registry.example:5000": {"username": "u", "password": "p"},
      "registry.example:5000/team": {"auth": "dGVhbTp0ZWFtcGFzcw=="},
      "*.corp.example": {"auth": "Y29ycDpj"},
      "helper.example": {}
    }, "credsStore": "desktop"})",
                                     "config.json");
  CHECK(entries.size() == 4);  // the credential helper's stub is skipped
  auto user = [&](const std::string& reg, const std::string& repo) {
    auto c = find_credentials(entries, reg, repo);
    return c ? c->username : std::string("-");
  };
  CHECK(user("docker.io", "library/nginx") == "hub");
  CHECK(user("registry.example:5000", "other/app") == "u");
  CHECK(user("registry.example:5000", "team/app") == "team");
  CHECK(user("registry.example:5000", "team") == "team");
  CHECK(user("registry.example:5000", "teamster/app") == "u");  // a path prefix is whole components
  CHECK(user("registry.example", "team/app") == "-");           // another port is another registry
  CHECK(user("a.corp.example", "x") == "corp");
  CHECK(user("a.b.corp.example", "x") == "-");  // a wildcard is one label, as in the kubelet
  CHECK(find_credentials(entries, "docker.io", "x")->source == "config.json");
  CHECK(basic_authorization(*find_credentials(entries, "docker.io", "x")) == "Basic aHViOmh1YnBhc3M=");
  // A .dockercfg Secret is the map itself; a bad one is named without its content.
  CHECK(parse_docker_config(R"({"r.example": {"auth": "YTpi"}})", "s").at(0).credentials.password == "b");
  CHECK_THROWS_WITH(parse_docker_config(R"({"auths": {"r": {"auth": "bm9jb2xvbg=="}}})", "Secret default/pull"),
                    "Secret default/pull: auths[\"r\"].auth is not base64 of user:password");
  CHECK_THROWS_WITH(parse_docker_config("[1]", "f.json"), Catch::StartsWith("f.json: not a JSON object"));
}

TEST_CASE("http: redirects resolved, authorities compared with their ports (table)", "[image][pull]") {
  struct Row {
    const char *base, *location, *want;
  } rows[] = {
      {"https://r.example/v2/a/blobs/sha256:1", "https://s3.example/x?sig=1", "https://s3.example/x?sig=1"},
      {"https://r.example/v2/a/blobs/sha256:1", "/v2/b/blobs/sha256:1", "https://r.example/v2/b/blobs/sha256:1"},
      {"https://r.example:5000/v2/a/blobs/x?q=1", "y", "https://r.example:5000/v2/a/blobs/y"},
      {"http://r.example/v2/a", "//cdn.example/b", "http://cdn.example/b"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.base, r.location);
    CHECK(resolve_url(r.base, r.location) == r.want);
  }
  CHECK(url_authority("https://R.example/v2/") == "r.example:443");
  CHECK(url_authority("https://r.example:443/v2/") == "r.example:443");
  CHECK(url_authority("http://r.example/v2/") == "r.example:80");
  CHECK(url_authority("http://user@127.0.0.1:5000/x") == "127.0.0.1:5000");
  CHECK(url_authority("https://[::1]/x") == "[::1]:443");
  CHECK(url_authority("https://[::1]:5000") == "[::1]:5000");
  CHECK(url_authority("https://r.example:5000/") != url_authority("https://r.example/"));
}

TEST_CASE("registry: back-off doubles to 3.2 s, Retry-After wins, capped at 10 s", "[image][pull]") {
  CHECK(Registry::backoff_seconds(2, "") == Approx(0.2));
  CHECK(Registry::backoff_seconds(3, "") == Approx(0.4));
  CHECK(Registry::backoff_seconds(5, "") == Approx(1.6));
  CHECK(Registry::backoff_seconds(9, "") == Approx(3.2));
  CHECK(Registry::backoff_seconds(2, "3") == Approx(3));
  CHECK(Registry::backoff_seconds(2, "120") == Approx(10));
  CHECK(Registry::backoff_seconds(2, "Wed, 21 Oct 2015 07:28:00 GMT") == Approx(0.2));  // a date: the default
  CHECK(registry_api_host("docker.io") == "registry-1.docker.io");
  CHECK(registry_api_host("localhost:5000") == "localhost:5000");
}

TEST_CASE("pull sources: mirrors first, then the location, insecure and CA per host", "[image][pull]") {
  RegistriesConfig c;
  c.certs_dir = "";
  c.insecure = {"127.0.0.1:5000"};
  c.rules = {{"docker.io", "", false, {{"mirror.local:5000", true}, {"mirror2.local", false}}},
             {"docker.io/team", "registry.example/hub-team", false, {}},
             {"quay.io", "127.0.0.1:5000/quay", false, {}}};
  auto ref = [](const std::string& s) { return *parse_reference(s); };
  auto busybox = pull_sources(c, ref("busybox"));
  REQUIRE(busybox.size() == 3);
  CHECK(busybox[0].endpoint.host == "mirror.local:5000");
  CHECK(busybox[0].endpoint.insecure);
  CHECK(busybox[0].repository == "library/busybox");
  CHECK(busybox[0].mirror);
  CHECK(busybox[1].endpoint.host == "mirror2.local");
  CHECK_FALSE(busybox[1].endpoint.insecure);
  CHECK(busybox[2].endpoint.host == "docker.io");
  CHECK_FALSE(busybox[2].mirror);
  // The longest prefix wins, and its location replaces it.
  auto team = pull_sources(c, ref("team/app:1"));
  REQUIRE(team.size() == 1);
  CHECK(team[0].endpoint.host == "registry.example");
  CHECK(team[0].repository == "hub-team/app");
  // docker.io/teamster is not under docker.io/team.
  CHECK(pull_sources(c, ref("teamster/app")).size() == 3);
  auto quay = pull_sources(c, ref("quay.io/org/x"));
  CHECK(quay[0].endpoint.host == "127.0.0.1:5000");
  CHECK(quay[0].endpoint.insecure);  // the location's host is listed as insecure
  CHECK(quay[0].repository == "quay/org/x");
  auto plain = pull_sources(c, ref("registry.other:443/a/b@sha256:" + std::string(64, 'a')));
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].endpoint.host == "registry.other:443");
  CHECK(plain[0].repository == "a/b");
}

TEST_CASE("pull sources: a short name is searched for in each search registry, in order (table)", "[image][pull]") {
  RegistriesConfig c;
  c.certs_dir = "";
  c.insecure = {"reg.local:5000"};
  c.rules = {{"docker.io", "", false, {{"mirror.local", false}}}};
  c.unqualified_search = {"reg.local:5000", "docker.io"};
  struct Row {
    const char* ref;
    std::vector<std::string> want;  // host/repository of each source, in order
  } rows[] = {
      {"nginx", {"reg.local:5000/nginx", "mirror.local/library/nginx", "docker.io/library/nginx"}},
      {"team/app:1", {"reg.local:5000/team/app", "mirror.local/team/app", "docker.io/team/app"}},
      // Qualified names are not searched: docker.io's rule only.
      {"docker.io/library/nginx", {"mirror.local/library/nginx", "docker.io/library/nginx"}},
      {"quay.io/org/x", {"quay.io/org/x"}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.ref);
    std::vector<std::string> got;
    auto sources = pull_sources(c, *parse_reference(r.ref));
    for (const auto& s : sources) got.push_back(s.endpoint.host + "/" + s.repository);
    CHECK(got == r.want);
    // Searched: every source may fail over to the next.
    if (std::string(r.ref).find('.') == std::string::npos)
      for (const auto& s : sources) CHECK(s.mirror);
  }
  CHECK(pull_sources(c, *parse_reference("nginx"))[0].endpoint.insecure);
  CHECK(parse_reference("nginx")->short_path == "nginx");
  CHECK(parse_reference("nginx")->repository == "docker.io/library/nginx");  // named as Kubernetes reads it
  CHECK(parse_reference("localhost/x")->short_path.empty());
}

TEST_CASE("pull policies: what each asks of the store (table)", "[image][pull]") {
  using podrun::pods::PullAction;
  struct Row {
    const char* policy;
    bool stored;
    PullAction want;
  } rows[] = {
      {"Always", true, PullAction::Pull},  // re-checks the digest; fetches nothing when unchanged
      {"Always", false, PullAction::Pull},    {"IfNotPresent", true, PullAction::UseStored}, {"IfNotPresent", false, PullAction::Pull},
      {"Never", true, PullAction::UseStored}, {"Never", false, PullAction::Missing},
  };
  for (const auto& r : rows) {
    CAPTURE(r.policy, r.stored);
    CHECK(podrun::pods::pull_action(r.policy, r.stored) == r.want);
  }
  CHECK(podrun::pods::effective_pull_policy("Always", "") == "Always");
  CHECK(podrun::pods::effective_pull_policy("Always", "IfNotPresent") == "IfNotPresent");
}
