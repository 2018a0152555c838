#include "state/pod_status.h"

#include <cstddef>
#include <vector>

namespace podrun::state {

namespace {

// What printPod derives from one pod in a single walk; the public functions each read a part.
struct PrintedPod {
  std::string reason;
  int ready = 0;
  int total = 0;
  int restarts = 0;
  std::optional<std::time_t> last_restart;  // nullopt plays the role of Go's zero time
};

bool has_condition_true(const PodState& pod, const std::string& type) {
  for (const auto& condition : pod.conditions) {
    if (condition.type == type && condition.status) return true;
  }
  return false;
}

// kubectl keeps the latest last-termination time; a missing or unreadable finished_at is Go's zero
// time, which is never later than anything.
void note_last_termination(const ContainerState& container, std::optional<std::time_t>& latest) {
  if (!container.last_state) return;
  auto finished = parse_rfc3339(container.last_state->finished_at);
  if (finished && (!latest || *latest < *finished)) latest = finished;
}

bool is_init_type(const ContainerState& container) {
  return container.type == ContainerType::Init || container.type == ContainerType::Sidecar;
}

// A line-by-line port of printPod's status computation (see the header for the source).
PrintedPod print_pod(const PodState& pod) {
  PrintedPod out;
  out.reason = pod.reason.empty() ? phase_name(pod.phase) : pod.reason;

  for (const auto& condition : pod.conditions) {
    if (condition.type == "PodScheduled" && condition.reason == "SchedulingGated") {
      out.reason = "SchedulingGated";
    }
  }

  std::vector<const ContainerState*> init_containers, app_containers;
  for (const auto& container : pod.containers) {
    (is_init_type(container) ? init_containers : app_containers).push_back(&container);
  }
  out.total = static_cast<int>(app_containers.size());
  for (const auto* container : init_containers) {
    if (container->type == ContainerType::Sidecar) ++out.total;
  }

  // Sidecar restarts are tracked apart: they replace the init total once the pod has initialized.
  int sidecar_restarts = 0;
  std::optional<std::time_t> last_sidecar_restart;
  bool initializing = false;
  for (std::size_t i = 0; i < init_containers.size(); ++i) {
    const ContainerState& container = *init_containers[i];
    const bool sidecar = container.type == ContainerType::Sidecar;
    out.restarts += container.restart_count;
    note_last_termination(container, out.last_restart);
    if (sidecar) {
      sidecar_restarts += container.restart_count;
      note_last_termination(container, last_sidecar_restart);
    }

    const bool terminated = container.state == RunState::Terminated;
    if (terminated && container.exit_code == 0) continue;
    if (sidecar && container.state == RunState::Running && container.started) {
      if (container.ready) ++out.ready;
      continue;
    }
    if (terminated) {
      if (container.reason.empty()) {
        out.reason = container.signal != 0 ? "Init:Signal:" + std::to_string(container.signal)
                                           : "Init:ExitCode:" + std::to_string(container.exit_code);
      } else {
        out.reason = "Init:" + container.reason;
      }
    } else if (container.state == RunState::Waiting && !container.reason.empty() && container.reason != "PodInitializing") {
      out.reason = "Init:" + container.reason;
    } else {
      out.reason = "Init:" + std::to_string(i) + "/" + std::to_string(init_containers.size());
    }
    initializing = true;
    break;
  }

  if (!initializing || has_condition_true(pod, "Initialized")) {
    out.restarts = sidecar_restarts;
    out.last_restart = last_sidecar_restart;
    bool has_running = false;
    for (auto it = app_containers.rbegin(); it != app_containers.rend(); ++it) {
      const ContainerState& container = **it;
      out.restarts += container.restart_count;
      note_last_termination(container, out.last_restart);
      if (container.state == RunState::Waiting && !container.reason.empty()) {
        out.reason = container.reason;
      } else if (container.state == RunState::Terminated && !container.reason.empty()) {
        out.reason = container.reason;
      } else if (container.state == RunState::Terminated) {
        out.reason =
            container.signal != 0 ? "Signal:" + std::to_string(container.signal) : "ExitCode:" + std::to_string(container.exit_code);
      } else if (container.ready && container.state == RunState::Running) {
        has_running = true;
        ++out.ready;
      }
    }
    // A pod whose last-listed container completed while another still runs is still running.
    if (out.reason == "Completed" && has_running) {
      out.reason = has_condition_true(pod, "Ready") ? "Running" : "NotReady";
    }
  }

  if (!pod.deletion_timestamp.empty() && pod.reason == "NodeLost") {
    out.reason = "Unknown";
  } else if (!pod.deletion_timestamp.empty() && !is_terminal(pod.phase)) {
    out.reason = "Terminating";
  }
  return out;
}

// Reads exactly `width` decimal digits at `pos`.
bool read_digits(const std::string& text, std::size_t& pos, int width, int& value) {
  if (pos + width > text.size()) return false;
  value = 0;
  for (int k = 0; k < width; ++k) {
    char c = text[pos + k];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += width;
  return true;
}

bool read_char(const std::string& text, std::size_t& pos, char a, char b = '\0') {
  if (pos >= text.size() || (text[pos] != a && (b == '\0' || text[pos] != b))) return false;
  ++pos;
  return true;
}

bool is_leap(std::int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(std::int64_t year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), so the
// conversion needs neither timegm nor the TZ environment.
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

}  // namespace

std::string pod_status_reason(const PodState& pod) { return print_pod(pod).reason; }

std::string pod_ready_column(const PodState& pod) {
  PrintedPod printed = print_pod(pod);
  return std::to_string(printed.ready) + "/" + std::to_string(printed.total);
}

std::string pod_restarts_column(const PodState& pod, std::time_t now) {
  PrintedPod printed = print_pod(pod);
  std::string column = std::to_string(printed.restarts);
  if (printed.restarts != 0 && printed.last_restart) {
    column += " (" + human_duration(static_cast<std::int64_t>(now) - *printed.last_restart) + " ago)";
  }
  return column;
}

std::string human_duration(std::int64_t seconds) {
  // Up to one second in the future is clock skew between machines, read as "now".
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60 * 2) return std::to_string(seconds) + "s";

  const std::int64_t minutes = seconds / 60;
  if (minutes < 10) {
    const std::int64_t s = seconds % 60;
    if (s == 0) return std::to_string(minutes) + "m";
    return std::to_string(minutes) + "m" + std::to_string(s) + "s";
  }
  if (minutes < 60 * 3) return std::to_string(minutes) + "m";

  const std::int64_t hours = seconds / 3600;
  if (hours < 8) {
    const std::int64_t m = minutes % 60;
    if (m == 0) return std::to_string(hours) + "h";
    return std::to_string(hours) + "h" + std::to_string(m) + "m";
  }
  if (hours < 48) return std::to_string(hours) + "h";
  if (hours < 24 * 8) {
    const std::int64_t h = hours % 24;
    if (h == 0) return std::to_string(hours / 24) + "d";
    return std::to_string(hours / 24) + "d" + std::to_string(h) + "h";
  }
  if (hours < 24 * 365 * 2) return std::to_string(hours / 24) + "d";
  if (hours < 24 * 365 * 8) {
    const std::int64_t days_into_year = (hours / 24) % 365;
    if (days_into_year == 0) return std::to_string(hours / 24 / 365) + "y";
    return std::to_string(hours / 24 / 365) + "y" + std::to_string(days_into_year) + "d";
  }
  return std::to_string(hours / 24 / 365) + "y";
}

std::optional<std::time_t> parse_rfc3339(const std::string& text) {
  std::size_t pos = 0;
  int year, month, day, hour, minute, second;
  if (!read_digits(text, pos, 4, year) || !read_char(text, pos, '-') || !read_digits(text, pos, 2, month) || !read_char(text, pos, '-') ||
      !read_digits(text, pos, 2, day) || !read_char(text, pos, 'T', 't') || !read_digits(text, pos, 2, hour) ||
      !read_char(text, pos, ':') || !read_digits(text, pos, 2, minute) || !read_char(text, pos, ':') ||
      !read_digits(text, pos, 2, second)) {
    return std::nullopt;
  }
  // Go's time.Parse, which wrote these stamps, rejects a leap second (60) too.
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }

  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t digits_start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == digits_start) return std::nullopt;
  }

  std::int64_t offset_seconds = 0;
  if (read_char(text, pos, 'Z', 'z')) {
    offset_seconds = 0;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    const int sign = text[pos] == '-' ? -1 : 1;
    ++pos;
    int offset_hours, offset_minutes;
    if (!read_digits(text, pos, 2, offset_hours) || !read_char(text, pos, ':') || !read_digits(text, pos, 2, offset_minutes) ||
        offset_hours > 23 || offset_minutes > 59) {
      return std::nullopt;
    }
    offset_seconds = sign * (offset_hours * 3600 + offset_minutes * 60);
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;

  const std::int64_t local = days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
  return static_cast<std::time_t>(local - offset_seconds);
}

std::string pod_age(const PodState& pod, std::time_t now) {
  auto created = parse_rfc3339(pod.created);
  if (!created) return "<unknown>";
  return human_duration(static_cast<std::int64_t>(now) - *created);
}

}  // namespace podrun::state
