// podrun_schema_index IN OUT: the build step that writes where each object and array of the
// schema text IN ends (loader/schema_text_index.h), as the raw array that loader/schemas_blob.S
// links in beside the text. A schema whose brackets do not close fails the build here.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "loader/schema_text_index.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: podrun_schema_index SCHEMA.json OUT\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) {
    std::fprintf(stderr, "podrun_schema_index: cannot read %s\n", argv[1]);
    return 1;
  }
  auto index = podrun::loader::index_containers(text);
  if (!index) {
    std::fprintf(stderr, "podrun_schema_index: %s: a string or a bracket does not close\n", argv[1]);
    return 1;
  }
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(index->data()),
            static_cast<std::streamsize>(index->size() * sizeof(podrun::loader::ContainerEnd)));
  out.close();
  if (!out) {
    std::fprintf(stderr, "podrun_schema_index: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}
