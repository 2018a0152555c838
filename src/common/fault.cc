#include "common/fault.h"

#include <signal.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "common/error.h"
#include "common/trace.h"

namespace podrun::fault {

namespace {

struct Armed {
  std::string name;
  bool kill = false;
};

// PODRUN_FAULT, read once: a point is hit many times per process.
const Armed& armed() {
  static const Armed a = [] {
    Armed out;
    const char* v = std::getenv("PODRUN_FAULT");
    if (!v) return out;
    std::string s = v;
    std::size_t colon = s.rfind(':');
    if (colon == std::string::npos) return out;
    out.name = s.substr(0, colon);
    out.kill = s.substr(colon + 1) == "kill";
    return out;
  }();
  return a;
}

}  // namespace

void point(const char* name) {
  trace::mark(name);  // each step's end, for bench/pod-start/attribute.sh
  const Armed& a = armed();
  if (a.name.empty() || a.name != name) return;
  if (a.kill) ::raise(SIGKILL);
  throw SysError(std::string("injected fault at ") + name, "fault", "", EIO);
}

}  // namespace podrun::fault
