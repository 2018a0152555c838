// Terminal manners, as kubectl, podman and git keep them: colour only when the stream is a
// terminal (never in a pipe, a file or CI logs), off with NO_COLOR (https://no-color.org) or
// TERM=dumb; a status line for long operations that is redrawn in place on a terminal and
// never written anywhere else, so scripts that read podrun's output see none of it.
#pragma once

#include <chrono>
#include <string>

namespace podrun::cli {

// Whether text written to `fd` may carry colour.
bool colour_on(int fd);

enum class Tone { Plain, Good, Warn, Bad };

// The text wrapped in the tone's colour, or as it is when `on` is false.
std::string paint(const std::string& text, Tone tone, bool on);

// A pod's STATUS (get pods): Running and Completed are good; Pending, ContainerCreating,
// Init:N/M, PodInitializing and Terminating under way; errors and back-offs bad.
Tone status_tone(const std::string& status);

// One line on stderr, redrawn in place, cleared when done (or destroyed). Silent when stderr
// is not a terminal. At most 10 redraws a second.
class StatusLine {
 public:
  StatusLine();
  ~StatusLine();
  StatusLine(const StatusLine&) = delete;
  StatusLine& operator=(const StatusLine&) = delete;
  void show(const std::string& text);
  void clear();
  bool enabled() const { return enabled_; }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace podrun::cli
