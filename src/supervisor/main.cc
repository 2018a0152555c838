// podrun-supervisor POD_DIR: started by `podrun apply` (exec/runtime.cc), never by hand. Reads
// POD_DIR/run.json and supervises the pod until it is deleted; the start report goes to fd 3.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "supervisor/supervisor.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: podrun-supervisor POD_DIR (started by podrun apply)\n");
    return 2;
  }
  std::ifstream in(std::string(argv[1]) + "/run.json");
  std::stringstream text;
  text << in.rdbuf();
  podrun::supervisor::RunConfig config;
  try {
    config = podrun::supervisor::decode_run_config(text.str());
  } catch (const std::exception& e) {
    std::string msg = std::string("ERR ") + e.what() + "\n";
    if (::write(3, msg.data(), msg.size()) < 0) {
    }
    return 1;
  }
  podrun::supervisor::supervise(config, 3);
}
