#include "state/cri_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "common/files.h"

namespace podrun::state {

namespace {

// An instant: seconds since the Unix epoch (UTC) and nanoseconds.
struct Instant {
  std::int64_t sec = 0;
  std::int32_t nsec = 0;
  friend bool operator<(const Instant& a, const Instant& b) { return a.sec != b.sec ? a.sec < b.sec : a.nsec < b.nsec; }
};

struct ParsedTime {
  Instant at;
  std::string_view wall;  // "YYYY-MM-DDTHH:MM:SS" in the time's own offset
  int offset_minutes = 0;
  std::string_view zone;  // "Z" or "+hh:mm"
};

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's algorithm).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap_year(y) ? 29 : kDays[m - 1];
}

// Reads `n` decimal digits at s[pos]; -1 unless all are digits.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// RFC 3339 as kubelet accepts it (Go's RFC3339Nano layout, read leniently): optional 1-9
// fractional digits, "Z" or a numeric offset.
std::optional<ParsedTime> parse_time(std::string_view s) {
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
  const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
  const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return std::nullopt;
  if (day > days_in_month(year, month)) return std::nullopt;

  ParsedTime t;
  t.wall = s.substr(0, 19);
  std::size_t pos = 19;
  if (s[pos] == '.') {
    const std::size_t first = ++pos;
    std::int32_t ns = 0;
    // Digits past the ninth refuse the time below; they are not added up (an int32 overflows).
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos)
      if (pos - first < 9) ns = ns * 10 + (s[pos] - '0');
    const std::size_t n = pos - first;
    if (n < 1 || n > 9) return std::nullopt;
    for (std::size_t i = n; i < 9; ++i) ns *= 10;
    t.at.nsec = ns;
  }
  t.zone = s.substr(pos);
  if (t.zone == "Z") {
    t.offset_minutes = 0;
  } else {
    if (t.zone.size() != 6 || (t.zone[0] != '+' && t.zone[0] != '-') || t.zone[3] != ':') return std::nullopt;
    const int oh = digits(t.zone, 1, 2), om = digits(t.zone, 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return std::nullopt;
    t.offset_minutes = (t.zone[0] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  const std::int64_t days = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  t.at.sec = days * 86400 + hour * 3600 + minute * 60 + second - std::int64_t{t.offset_minutes} * 60;
  return t;
}

// kubelet's output form (Go's RFC3339NanoFixed): 9 fractional digits, Z for a zero offset.
std::string fixed_time(const ParsedTime& t) {
  char frac[11];
  std::snprintf(frac, sizeof frac, ".%09d", static_cast<int>(t.at.nsec));
  std::string out(t.wall);
  out += frac;
  out += t.offset_minutes == 0 ? std::string_view("Z") : t.zone;
  return out;
}

bool parse_record(std::string_view line, CriLine& out, ParsedTime& time) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  const std::size_t time_end = line.find(' ');
  if (time_end == std::string_view::npos) return false;
  auto parsed = parse_time(line.substr(0, time_end));
  if (!parsed) return false;

  std::string_view rest = line.substr(time_end + 1);
  const std::size_t stream_end = rest.find(' ');
  if (stream_end == std::string_view::npos) return false;
  const std::string_view stream = rest.substr(0, stream_end);
  if (stream == "stdout") out.stream = Stream::Stdout;
  else if (stream == "stderr") out.stream = Stream::Stderr;
  else return false;

  rest = rest.substr(stream_end + 1);
  const std::size_t tags_end = rest.find(' ');
  if (tags_end == std::string_view::npos || tags_end == 0) return false;
  const std::string_view tags = rest.substr(0, tags_end);
  // The tag field may grow more ':'-separated tags; only the first is defined (CRI LogTag).
  out.partial = tags.substr(0, tags.find(':')) == "P";
  out.text.assign(rest.substr(tags_end + 1));
  out.time.assign(line.substr(0, time_end));
  time = *parsed;
  return true;
}

// The N of `<base>.N` (N >= 1, no leading zero), or 0.
long rotation_index(std::string_view name, std::string_view base) {
  if (name.size() <= base.size() + 1 || name.substr(0, base.size()) != base || name[base.size()] != '.') return 0;
  const std::string_view n = name.substr(base.size() + 1);
  if (n.size() > 9 || n[0] == '0') return 0;
  long v = 0;
  auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), v);
  if (ec != std::errc() || end != n.data() + n.size()) return 0;
  return v;
}

// Existing rotated files of `path`, by index.
std::vector<std::pair<long, std::string>> rotated_files(const std::string& path) {
  std::vector<std::pair<long, std::string>> found;
  const std::string base = files::base_name(path);
  std::vector<files::Entry> entries;
  files::list(files::parent(path), entries);
  for (const files::Entry& e : entries) {
    const long n = rotation_index(e.name, base);
    if (n > 0) found.emplace_back(n, path + "." + std::to_string(n));
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

const char* stream_name(Stream s) { return s == Stream::Stdout ? "stdout" : "stderr"; }

std::string rfc3339_nano(struct timespec t) {
  std::tm tm{};
  ::gmtime_r(&t.tv_sec, &tm);
  char buf[48];
  const std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  std::snprintf(buf + n, sizeof buf - n, ".%09ldZ", static_cast<long>(t.tv_nsec));
  return buf;
}

std::string real_clock() {
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  return rfc3339_nano(now);
}

CriLogWriter::CriLogWriter(std::string path, std::uint64_t max_bytes, int max_files, std::function<std::string()> clock)
    : path_(std::move(path)), max_bytes_(max_bytes), max_files_(max_files), clock_(std::move(clock)) {
  if (!clock_) clock_ = real_clock;
  if (!open_file()) throw std::system_error(errno, std::generic_category(), "open log file " + path_);
}

CriLogWriter::~CriLogWriter() {
  // Losing the last unterminated output of a container would hide exactly the message that
  // explains why it died; write it as the stream's end.
  try {
    flush_eof(Stream::Stdout);
    flush_eof(Stream::Stderr);
  } catch (...) {
    // A destructor must not throw; what could not be written is lost.
  }
}

bool CriLogWriter::open_file() {
  // O_EXCL first, so that the mode is set only on a file we created: umask may have taken
  // bits off 0640, and an existing file keeps whatever mode its owner gave it.
  for (int attempt = 0; attempt < 3; ++attempt) {
    int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC | O_CREAT | O_EXCL, 0640);
    if (fd >= 0) {
      ::fchmod(fd, 0640);
      fd_.reset(fd);
      file_size_ = 0;
      return true;
    }
    if (errno != EEXIST) return false;
    fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd >= 0) {
      struct stat st {};
      file_size_ = ::fstat(fd, &st) == 0 ? static_cast<std::uint64_t>(st.st_size) : 0;
      fd_.reset(fd);
      return true;
    }
    if (errno != ENOENT) return false;
    // Removed between the two opens: try creating it again.
  }
  return false;
}

void CriLogWriter::rotate() {
  fd_.reset();
  const int keep = max_files_ - 1;
  auto failed = [&](int rc) {
    if (rc != 0 && errno != ENOENT) ++rotation_errors_;
  };
  if (keep <= 0) {
    failed(::unlink(path_.c_str()));
  } else {
    failed(::unlink((path_ + "." + std::to_string(keep)).c_str()));
    for (int i = keep - 1; i >= 1; --i)
      failed(::rename((path_ + "." + std::to_string(i)).c_str(), (path_ + "." + std::to_string(i + 1)).c_str()));
    failed(::rename(path_.c_str(), (path_ + ".1").c_str()));
  }
  // Files beyond the limit are left over from a larger max_files; they would otherwise be read
  // by `podrun logs` and never go away.
  for (const auto& [n, file] : rotated_files(path_))
    if (n > keep) failed(::unlink(file.c_str()));
  if (!open_file()) ++rotation_errors_;
}

void CriLogWriter::write_record(Stream s, bool partial, std::string_view text) {
  const std::string time = clock_();
  std::string record;
  record.reserve(time.size() + text.size() + 12);
  record += time;
  record += ' ';
  record += stream_name(s);
  record += partial ? " P " : " F ";
  record += text;
  record += '\n';

  if (fd_.get() < 0 && !open_file()) {  // a failed rotation left no file open
    ++write_errors_;
    return;
  }
  if (file_size_ > 0 && file_size_ + record.size() > max_bytes_) rotate();
  if (fd_.get() < 0) {
    ++write_errors_;
    return;
  }

  std::size_t done = 0;
  while (done < record.size()) {
    const ssize_t n = ::write(fd_.get(), record.data() + done, record.size() - done);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      // Cut the torn record off again, so that the next one starts a line of its own rather
      // than gluing onto half a record (we are the only writer of this file).
      if (done > 0) ::ftruncate(fd_.get(), static_cast<off_t>(file_size_));
      ++write_errors_;
      return;
    }
  }
  file_size_ += record.size();
}

void CriLogWriter::emit_overflow(Stream s, bool at_line_end) {
  std::string& pending = pending_[static_cast<int>(s)];
  // containerd's reader does not count a '\r' at the end of what it has read until it knows
  // whether '\n' follows, so a line of exactly the maximum length plus "\r\n" stays one F record.
  const bool held_cr = !at_line_end && !pending.empty() && pending.back() == '\r';
  const std::size_t counted = pending.size() - (held_cr ? 1 : 0);
  std::size_t cut = 0;
  while (counted - cut > kMaxLogLineBytes) {
    write_record(s, true, std::string_view(pending).substr(cut, kMaxLogLineBytes));
    cut += kMaxLogLineBytes;
  }
  pending.erase(0, cut);
}

void CriLogWriter::feed(Stream s, std::string_view bytes) {
  std::string& pending = pending_[static_cast<int>(s)];
  while (!bytes.empty()) {
    const std::size_t newline = bytes.find('\n');
    if (newline == std::string_view::npos) {
      pending.append(bytes);
      emit_overflow(s, false);
      return;
    }
    pending.append(bytes.substr(0, newline));
    bytes.remove_prefix(newline + 1);
    if (!pending.empty() && pending.back() == '\r') pending.pop_back();
    emit_overflow(s, true);
    write_record(s, false, pending);
    pending.clear();
  }
}

void CriLogWriter::flush_eof(Stream s) {
  std::string& pending = pending_[static_cast<int>(s)];
  if (pending.empty()) return;
  emit_overflow(s, true);
  if (!pending.empty()) write_record(s, true, pending);
  pending.clear();
}

std::optional<CriLine> parse_cri_line(std::string_view line) {
  CriLine out;
  ParsedTime time;
  if (!parse_record(line, out, time)) return std::nullopt;
  return out;
}

std::string render_log(const std::vector<std::string>& files_oldest_first, const LogQuery& query, std::uint64_t* read_of_last) {
  std::optional<Instant> since;
  if (query.since_time) {
    auto t = parse_time(*query.since_time);
    if (!t) throw std::invalid_argument("since time is not RFC 3339: " + *query.since_time);
    since = t->at;
  }

  struct LogicalLine {
    Instant at;
    std::string stamp;  // kubelet's form of the first record's time, when asked for
    std::string text;
    bool finished = false;
  };
  std::vector<LogicalLine> lines;
  // The line each stream is still continuing (after a P record), as an index into `lines`.
  std::optional<std::size_t> open[2];

  CriLine record;
  ParsedTime time;
  std::size_t read = 0;
  for (const std::string& file : files_oldest_first) {
    const std::string text = files::read(file).value_or("");
    read = 0;
    // Only records with their newline: a piece after the last one is still being written.
    for (std::size_t eol; (eol = text.find('\n', read)) != std::string::npos;) {
      const std::size_t at = read;
      read = eol + 1;
      if (!parse_record(std::string_view(text).substr(at, eol - at), record, time)) continue;
      std::optional<std::size_t>& current = open[static_cast<int>(record.stream)];
      if (!current) {
        // The line takes its place in the output at its first record, so that the other
        // stream's lines written meanwhile come after it, in time order.
        LogicalLine line;
        line.at = time.at;
        if (query.timestamps) line.stamp = fixed_time(time);
        lines.push_back(std::move(line));
        current = lines.size() - 1;
      }
      LogicalLine& line = lines[*current];
      line.text += record.text;
      if (!record.partial) {
        line.finished = true;
        current.reset();
      }
    }
  }

  if (read_of_last) *read_of_last = read;

  std::size_t first = 0;
  if (since) {
    // kubelet drops records "before" since; a line is kept when its first record is not.
    lines.erase(std::remove_if(lines.begin(), lines.end(), [&](const LogicalLine& l) { return l.at < *since; }), lines.end());
  }
  if (query.tail && *query.tail >= 0 && static_cast<std::size_t>(*query.tail) < lines.size())
    first = lines.size() - static_cast<std::size_t>(*query.tail);

  std::string out;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const LogicalLine& line = lines[i];
    if (query.timestamps) {
      out += line.stamp;
      out += ' ';
    }
    out += line.text;
    // An unfinished line (the stream ended without newline) prints as kubectl shows it: without
    // newline; unless other lines follow, which must not be glued onto it.
    if (line.finished || i + 1 < lines.size()) out += '\n';
  }
  return out;
}

std::vector<std::string> log_files_oldest_first(const std::string& path) {
  std::vector<std::string> found;
  auto rotated = rotated_files(path);
  for (auto it = rotated.rbegin(); it != rotated.rend(); ++it) found.push_back(std::move(it->second));
  if (files::exists(path)) found.push_back(path);
  return found;
}

}  // namespace podrun::state
