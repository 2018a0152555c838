#include "cli/pull_progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace podrun::cli {

std::string human_bytes(std::int64_t bytes) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1000 && u < 4) {
    v /= 1000;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.3g %s", v, units[u]);
  return buf;
}

PullProgressView::PullProgressView(bool quiet) : enabled_(!quiet && ::isatty(2) == 1) {}

PullProgressView::~PullProgressView() {
  std::lock_guard<std::mutex> g(mutex_);
  if (enabled_ && !lines_.empty()) draw(true);
}

void PullProgressView::update(const std::string& image, const image::PullProgress& p) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> g(mutex_);
  using Step = image::PullProgress::Step;
  if (p.step == Step::Fetching) {
    std::string key = image + " " + p.digest;
    auto it = index_.find(key);
    if (it == index_.end()) {
      it = index_.emplace(key, lines_.size()).first;
      lines_.push_back({"Copying blob " + p.digest.substr(7, 12), 0, p.total, std::chrono::steady_clock::now()});
    }
    lines_[it->second].done = p.done;
    lines_[it->second].total = p.total;
    draw(p.done == p.total);
  } else if (p.step == Step::Resolving || p.step == Step::Unpacking) {
    // One such line per image and step: a pull says Unpacking for each layer.
    std::string label = (p.step == Step::Resolving ? "Resolving " : "Unpacking ") + image;
    if (!index_.emplace(label, lines_.size()).second) return;
    lines_.push_back({label, 0, 0, std::chrono::steady_clock::now()});
    draw(true);
  }
}

void PullProgressView::draw(bool force) {
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  std::string out;
  if (drawn_ > 0) out += "\033[" + std::to_string(drawn_) + "A";  // back to the first line
  for (const Line& l : lines_) {
    out += "\r\033[K" + l.label;
    if (l.total > 0) {
      double secs = std::chrono::duration<double>(now - l.start).count();
      double rate = secs > 0.05 ? static_cast<double>(l.done) / secs : 0;
      out += "  " + human_bytes(l.done) + " / " + human_bytes(l.total);
      if (l.done >= l.total) {
        out += "  done";
      } else if (rate > 0) {
        char eta[32];
        std::snprintf(eta, sizeof eta, "%.0fs", static_cast<double>(l.total - l.done) / rate);
        out += "  " + human_bytes(static_cast<std::int64_t>(rate)) + "/s  ETA " + eta;
      }
    }
    out += "\n";
  }
  drawn_ = lines_.size();
  std::cerr << out << std::flush;
}

}  // namespace podrun::cli
