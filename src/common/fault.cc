#include "common/fault.h"

#include <signal.h>
#include <time.h>
#include <unistd.h>

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
  Mode mode = Mode::None;
};

void wait_a_moment() {
  timespec ts{0, 300 * 1000 * 1000};
  while (::nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

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
    std::string mode = s.substr(colon + 1);
    out.mode = mode == "kill" ? Mode::Kill : mode == "delay" ? Mode::Delay : Mode::Error;
    return out;
  }();
  return a;
}

}  // namespace

void point(const char* name) {
  trace::mark(name);  // each step's end, for bench/pod-start/attribute.sh
  const Armed& a = armed();
  if (a.name.empty() || a.name != name) return;
  if (a.mode == Mode::Kill) ::raise(SIGKILL);
  if (a.mode == Mode::Delay) return wait_a_moment();
  throw SysError(std::string("injected fault at ") + name, "fault", "", EIO);
}

Mode armed_at(const char* name) {
  const Armed& a = armed();
  return !a.name.empty() && a.name == name ? a.mode : Mode::None;
}

void fail_in_child(Mode mode, int exit_code) {
  if (mode == Mode::Kill) ::raise(SIGKILL);
  if (mode == Mode::Error) ::_exit(exit_code);
  if (mode == Mode::Delay) wait_a_moment();
}

}  // namespace podrun::fault
