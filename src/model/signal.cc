#include "model/signal.h"

#include <map>

namespace podrun::model {

std::optional<int> linux_stop_signal(const std::string& name) {
  // As moby/sys's Linux table, which containerd and the kubelet use: the real-time signals count
  // from 34 (glibc's SIGRTMIN; the kernel keeps 32 and 33 for the threads library).
  static const std::map<std::string, int> kSignals = {
      {"SIGHUP", 1},   {"SIGINT", 2},   {"SIGQUIT", 3},  {"SIGILL", 4},     {"SIGTRAP", 5},    {"SIGABRT", 6},
      {"SIGIOT", 6},   {"SIGBUS", 7},   {"SIGFPE", 8},   {"SIGKILL", 9},    {"SIGUSR1", 10},   {"SIGSEGV", 11},
      {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15},   {"SIGSTKFLT", 16}, {"SIGCHLD", 17},
      {"SIGCLD", 17},  {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20},   {"SIGTTIN", 21},   {"SIGTTOU", 22},
      {"SIGURG", 23},  {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27},   {"SIGWINCH", 28},
      {"SIGIO", 29},   {"SIGPOLL", 29}, {"SIGPWR", 30},  {"SIGSYS", 31},    {"SIGRTMIN", 34},  {"SIGRTMAX", 64},
  };
  if (auto it = kSignals.find(name); it != kSignals.end()) return it->second;
  for (int i = 1; i <= 15; ++i) {
    if (name == "SIGRTMIN+" + std::to_string(i)) return 34 + i;
    if (name == "SIGRTMAX-" + std::to_string(i)) return 64 - i;
  }
  return std::nullopt;
}

}  // namespace podrun::model
