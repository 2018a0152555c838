#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace podrun::cli {

bool colour_on(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(fd) == 1;
}

std::string paint(const std::string& text, Tone tone, bool on) {
  if (!on || tone == Tone::Plain || text.empty()) return text;
  const char* code = tone == Tone::Good ? "\033[32m" : tone == Tone::Warn ? "\033[33m" : "\033[31m";
  return code + text + "\033[0m";
}

Tone status_tone(const std::string& status) {
  if (status == "Running" || status == "Completed" || status == "Succeeded") return Tone::Good;
  const bool init_failing = status.find("Error") != std::string::npos || status.find("BackOff") != std::string::npos;
  if (status == "Pending" || status == "ContainerCreating" || status == "PodInitializing" || status == "Terminating" ||
      (status.rfind("Init:", 0) == 0 && !init_failing))
    return Tone::Warn;
  if (status.empty()) return Tone::Plain;
  return Tone::Bad;  // Error, CrashLoopBackOff, ErrImagePull, OOMKilled, Unknown, Failed, ...
}

StatusLine::StatusLine() : enabled_(::isatty(2) == 1) {}

StatusLine::~StatusLine() { clear(); }

void StatusLine::show(const std::string& text) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  // \r and "erase to the end of the line": the next draw, or the next real output, starts clean.
  std::string line = "\r\033[K" + text;
  if (::write(2, line.data(), line.size()) < 0) enabled_ = false;
  shown_ = true;
}

void StatusLine::clear() {
  if (!enabled_ || !shown_) return;
  if (::write(2, "\r\033[K", 4) < 0) enabled_ = false;
  shown_ = false;
}

}  // namespace podrun::cli
