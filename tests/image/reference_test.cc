// Image references normalised as Docker and Kubernetes do.
#include <catch2/catch.hpp>

#include "image/digest.h"
#include "image/reference.h"

using namespace podrun::image;

TEST_CASE("references normalise to registry/repository:tag", "[image]") {
  const std::string d = "sha256:" + std::string(64, 'a');
  struct Case {
    std::string in, out, familiar;
  } cases[] = {
      {"busybox", "docker.io/library/busybox:latest", "busybox:latest"},
      {"busybox:1.36", "docker.io/library/busybox:1.36", "busybox:1.36"},
      {"library/busybox", "docker.io/library/busybox:latest", "busybox:latest"},
      {"org/app", "docker.io/org/app:latest", "org/app:latest"},
      {"docker.io/library/busybox:latest", "docker.io/library/busybox:latest", "busybox:latest"},
      {"registry.example/org/app:v1", "registry.example/org/app:v1", "registry.example/org/app:v1"},
      {"localhost:5000/app", "localhost:5000/app:latest", "localhost:5000/app:latest"},
      {"localhost/app:dev", "localhost/app:dev", "localhost/app:dev"},
      {"busybox@" + d, "docker.io/library/busybox@" + d, "busybox@" + d},
      {"registry.k8s.io/e2e-test-images/agnhost:2.40", "registry.k8s.io/e2e-test-images/agnhost:2.40",
       "registry.k8s.io/e2e-test-images/agnhost:2.40"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    auto r = parse_reference(c.in);
    REQUIRE(r);
    CHECK(r->str() == c.out);
    CHECK(r->familiar() == c.familiar);
  }
}

TEST_CASE("invalid references are refused with a reason", "[image]") {
  for (const char* bad : {"", "Busybox", "<your-private-image>", "busybox:", "busybox@sha256:abc", "a//b", "busybox:bad tag"}) {
    CAPTURE(bad);
    std::string why;
    CHECK_FALSE(parse_reference(bad, &why));
    CHECK_THAT(why, Catch::Contains("invalid image reference"));
  }
}

TEST_CASE("sha256 digests", "[image]") {
  CHECK(sha256_digest("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(is_sha256_digest(sha256_digest("x")));
  CHECK_FALSE(is_sha256_digest("sha256:XYZ"));
  CHECK(digest_hex("md5:abc").empty());
}
