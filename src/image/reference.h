// Image references as users write them, normalised as Docker and Kubernetes do:
//   busybox                      → docker.io/library/busybox:latest
//   busybox:1.36                 → docker.io/library/busybox:1.36
//   org/app                      → docker.io/org/app:latest
//   registry.example/org/app:v1  → as written
//   localhost:5000/app           → localhost:5000/app:latest
//   busybox@sha256:<hex>         → docker.io/library/busybox@sha256:<hex>
#pragma once

#include <optional>
#include <string>

namespace podrun::image {

struct Reference {
  std::string repository;  // docker.io/library/busybox
  std::string tag;         // "latest" unless a tag or digest is given
  std::string digest;      // sha256:..., when given
  // Written without a registry ("nginx", "team/app"): the path as written, for unqualified-name
  // search (image/pull.h); "" when the reference names its registry.
  std::string short_path;

  // repository:tag, or repository@digest.
  std::string str() const;
  // The form a user reads: docker.io/library/ dropped ("busybox:1.36").
  std::string familiar() const;
};

// nullopt with `error` set when `text` is not a valid reference.
std::optional<Reference> parse_reference(const std::string& text, std::string* error = nullptr);

}  // namespace podrun::image
