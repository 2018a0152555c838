// Container log files in the Kubernetes node (CRI) format, as containerd writes them and kubelet
// reads them for `kubectl logs`. One record a line:
//
//   2026-11-29T05:06:07.123456789Z stdout F hello
//
// time (RFC 3339, UTC, 9 fractional digits), stream, tag (F = full line, P = partial: the line
// goes on in the next record of the same stream), then the text without its newline.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ctime>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/fd.h"

namespace podrun::state {

// containerd's max_container_log_line_size default: longer lines are cut into P records of this
// many bytes, the last piece tagged F.
inline constexpr std::size_t kMaxLogLineBytes = 16 * 1024;
// kubelet's containerLogMaxSize (10Mi) and containerLogMaxFiles (5, the current file included).
inline constexpr std::uint64_t kDefaultLogMaxBytes = 10 * 1024 * 1024;
inline constexpr int kDefaultLogMaxFiles = 5;

enum class Stream { Stdout, Stderr };

// "stdout" or "stderr", as in the file.
const char* stream_name(Stream s);

// `t` in UTC as RFC 3339 with exactly 9 fractional digits and a trailing Z. The fixed width keeps
// records of one file in lexical order.
std::string rfc3339_nano(struct timespec t);

// rfc3339_nano of CLOCK_REALTIME now.
std::string real_clock();

// Writes the log file of ONE container instance. Output is buffered per stream until a newline
// (a trailing "\r\n" counts as one newline and is dropped, as containerd does); a line longer
// than kMaxLogLineBytes goes out as P records as soon as it is that long.
//
// Before a record would push the file past max_bytes, the file is rotated: path.(K-1) → path.K
// ... path → path.1, with K = max_files - 1 rotated files kept (the oldest deleted), then a new
// path is opened. A record is never split across files; a line cut into P/F records may be.
//
// Write and rotation failures never throw (a full disk must not take the supervisor down); they
// are counted. Not thread-safe: one caller feeds both streams.
class CriLogWriter {
 public:
  // Opens (creating, mode 0640) or appends to `path`. `clock` gives the time of each record.
  // Throws std::system_error when the file cannot be opened.
  CriLogWriter(std::string path, std::uint64_t max_bytes = kDefaultLogMaxBytes, int max_files = kDefaultLogMaxFiles,
               std::function<std::string()> clock = real_clock);
  // Writes what is still buffered, as flush_eof does: the streams end with the writer.
  ~CriLogWriter();
  CriLogWriter(const CriLogWriter&) = delete;
  CriLogWriter& operator=(const CriLogWriter&) = delete;

  // Output of stream `s`, any slice of it.
  void feed(Stream s, std::string_view bytes);
  // Stream `s` has ended: a last line without newline is written as a P record, which is what
  // containerd does (kubectl then prints it without a newline).
  void flush_eof(Stream s);

  // Records lost to an I/O error (a partly written one is cut off the file again).
  std::uint64_t write_errors() const { return write_errors_; }
  // Failed rename/unlink/open steps of rotation; records go on to whatever file is open.
  std::uint64_t rotation_errors() const { return rotation_errors_; }
  // Bytes in the current file.
  std::uint64_t file_size() const { return file_size_; }

 private:
  // Emits P records while the stream's buffer holds more than one line's worth.
  void emit_overflow(Stream s, bool at_line_end);
  void write_record(Stream s, bool partial, std::string_view text);
  void rotate();
  bool open_file();

  std::string path_;
  std::uint64_t max_bytes_;
  int max_files_;
  std::function<std::string()> clock_;
  UniqueFd fd_;  // the open log file
  std::uint64_t file_size_ = 0;
  std::string pending_[2];
  std::uint64_t write_errors_ = 0;
  std::uint64_t rotation_errors_ = 0;
};

// One record of a CRI log file.
struct CriLine {
  std::string time;  // as in the file
  Stream stream = Stream::Stdout;
  bool partial = false;
  std::string text;
};

// A record, with or without its trailing '\n'. nullopt unless it has a valid RFC 3339 time,
// stream stdout/stderr and a non-empty tag field (partial iff its first ':'-separated tag is P;
// any other tag counts as full, as kubelet reads it).
std::optional<CriLine> parse_cri_line(std::string_view line);

struct LogQuery {
  bool timestamps = false;
  std::optional<long> tail;               // last N logical lines; negative means all
  std::optional<std::string> since_time;  // RFC 3339: lines at or after this time
};

// What `kubectl logs` prints for these files (oldest first). Each P record is joined with the
// following records of its stream up to the F record; the joined line has the time of its first
// record. `since` is applied before `tail`. With timestamps, each line starts with its time
// (RFC 3339, 9 fractional digits, as kubelet prints) and a space. A line still unfinished when
// the files end is printed without a newline if it is the last one. Records that do not parse
// are skipped, files that cannot be read too. A file's text after its last newline is a record
// the writer is still appending (a reader can see a write half done): it is not read. When
// `read_of_last` is given, it receives how many bytes of the last file were read: where a
// follower goes on. Throws std::invalid_argument for a bad since_time.
std::string render_log(const std::vector<std::string>& files_oldest_first, const LogQuery& query, std::uint64_t* read_of_last = nullptr);

// path.N ... path.1, path: those that exist.
std::vector<std::string> log_files_oldest_first(const std::string& path);

}  // namespace podrun::state
