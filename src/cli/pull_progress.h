// What a pull shows on a terminal, as `podman pull` does: one line per blob with bytes, rate
// and ETA, redrawn in place; nothing when stderr is not a terminal or with -q.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "image/pull.h"

namespace podrun::cli {

class PullProgressView {
 public:
  explicit PullProgressView(bool quiet);
  ~PullProgressView();
  PullProgressView(const PullProgressView&) = delete;
  PullProgressView& operator=(const PullProgressView&) = delete;

  // One step of one image's pull; safe from several threads.
  void update(const std::string& image, const image::PullProgress& p);

 private:
  struct Line {
    std::string label;
    std::int64_t done = 0, total = 0;
    std::chrono::steady_clock::time_point start;
  };
  void draw(bool force);

  bool enabled_;
  std::mutex mutex_;
  std::vector<Line> lines_;
  std::map<std::string, std::size_t> index_;  // image + digest (or a step's label) → line
  std::size_t drawn_ = 0;
  std::chrono::steady_clock::time_point last_draw_;
};

// "12.3 MB", "1.05 GB": three digits, SI units, as podman prints sizes.
std::string human_bytes(std::int64_t bytes);

}  // namespace podrun::cli
