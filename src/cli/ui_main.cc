// podrun-ui: the server of `podrun ui` (cli/ui.h), a program of its own so that cpp-httplib and
// the libraries Debian links it with (OpenSSL, zlib, brotli, a shared libstdc++) are loaded by
// this command only. `podrun ui` runs it with the global options it was given:
//
//   podrun-ui --root DIR --storage DIR --config FILE [--config-named] [--cgroup-version N]
//             [--log-level LEVEL] --listen ADDRESS
#include <cstring>
#include <iostream>
#include <stdexcept>

#include "cli/ui.h"
#include "common/log.h"

int main(int argc, char** argv) {
  using namespace podrun;
  pods::Context ctx;
  std::string listen = "127.0.0.1:8080", level = "warn";
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--config-named") {
      ctx.config_named = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << "podrun-ui: " << flag << ": a value is missing (podrun-ui is run by `podrun ui`)\n";
      return 2;
    }
    std::string value = argv[++i];
    if (flag == "--root") ctx.state_root = value;
    else if (flag == "--storage") ctx.storage_root = value;
    else if (flag == "--config") ctx.config_path = value;
    else if (flag == "--cgroup-version") ctx.cgroup_version = value == "1" ? 1 : value == "2" ? 2 : 0;
    else if (flag == "--log-level") level = value;
    else if (flag == "--listen") listen = value;
    else {
      std::cerr << "podrun-ui: unknown flag " << flag << " (podrun-ui is run by `podrun ui`)\n";
      return 2;
    }
  }
  log::to_stderr(log::parse_level(level).value_or(log::Level::Warn));
  cli::ListenAddress where;
  try {
    where = cli::parse_listen(listen);
  } catch (const std::invalid_argument& e) {
    std::cerr << "podrun: ui: " << e.what() << "\n";
    return 2;
  }
  try {
    return cli::serve_ui(ctx, where);
  } catch (const std::exception& e) {
    std::cerr << "podrun: ui: " << e.what() << "\n";
    return 1;
  }
}
