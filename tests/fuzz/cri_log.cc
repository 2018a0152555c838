// The container log files (state/cri_log.h) that `podrun logs` reads, on any bytes:
//   - every line through parse_cri_line, and the bytes as a log file through render_log (with
//     and without timestamps, a tail, a since time), which skips what it cannot read;
//   - the bytes as a container's output through CriLogWriter, in slices, to stdout or stderr:
//     every record it writes parses, and without rotation `podrun logs` gives back exactly
//     the output (a trailing "\r\n" read as a newline, as containerd does).
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "check.h"
#include "common/files.h"
#include "state/cri_log.h"
#include "temp_dir.h"

namespace {

std::string fixed_clock() { return "2026-12-01T10:00:00.000000000Z"; }

std::string read_all(const std::string& path) { return podrun::files::read(path).value_or(""); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::state;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  podrun::fuzz::empty_temp_dir();
  const std::string dir = podrun::fuzz::temp_dir();

  // Reading: each line, then the whole as a file.
  std::string first_time;
  for (std::size_t at = 0; at <= bytes.size();) {
    std::size_t nl = bytes.find('\n', at);
    std::string_view line = bytes.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at + 1);
    if (auto rec = parse_cri_line(line)) {
      FUZZ_CHECK(!rec->time.empty(), "a record has a time");
      if (first_time.empty()) first_time = rec->time;
    }
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  const std::string file = dir + "/read.log";
  podrun::files::write(file, std::string(bytes));
  LogQuery q;
  (void)render_log({file}, q);
  q.timestamps = true;
  q.tail = size % 7;
  (void)render_log({file}, q);
  q.since_time = first_time.empty() ? std::string(bytes.substr(0, 40)) : first_time;
  try {
    (void)render_log({file}, q);
  } catch (const std::invalid_argument&) {}

  // Writing: the bytes as output of one stream, cut into slices at each 0xff byte.
  if (size == 0) return 0;
  const bool rotate = data[0] & 1;
  const Stream stream = data[0] & 2 ? Stream::Stderr : Stream::Stdout;
  std::string_view output = bytes.substr(1);
  const std::string log = dir + "/container.log";
  {
    CriLogWriter w(log, rotate ? 512 : kDefaultLogMaxBytes, 3, fixed_clock);
    for (std::size_t at = 0; at < output.size();) {
      std::size_t cut = output.find('\xff', at);
      std::size_t end = cut == std::string_view::npos ? output.size() : cut + 1;
      w.feed(stream, output.substr(at, end - at));
      at = end;
    }
    w.flush_eof(stream);
  }
  for (const std::string& f : log_files_oldest_first(log)) {
    std::string text = read_all(f);
    for (std::size_t at = 0; at < text.size();) {
      std::size_t nl = text.find('\n', at);
      FUZZ_CHECK(nl != std::string::npos, "every record ends with a newline");
      auto rec = parse_cri_line(std::string_view(text).substr(at, nl - at + 1));
      FUZZ_CHECK(rec.has_value(), "every record written parses");
      FUZZ_CHECK(rec->stream == stream, "a record keeps its stream");
      at = nl + 1;
    }
  }
  if (!rotate) {
    std::string want;
    for (std::size_t i = 0; i < output.size(); ++i) {
      if (output[i] == '\r' && i + 1 < output.size() && output[i + 1] == '\n') continue;
      want += output[i];
    }
    FUZZ_CHECK(render_log(log_files_oldest_first(log), {}) == want, "podrun logs gives back the output");
  }
  return 0;
}
