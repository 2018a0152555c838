// Container log files in the CRI format: what the writer puts in them (checked against
// containerd's logger) and what `podrun logs` makes of them (checked against kubelet's reader).
// gcc 12 at -O2 reports std::optional members of the table below as maybe-uninitialized (a
// known false positive of its optional<string> copy); the table initialises every field.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <catch2/catch.hpp>

#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "state/cri_log.h"

using namespace podrun::state;

namespace {

// 2026-11-29T05:06:07Z
constexpr time_t kEpoch = 1795928767;

// A directory under /tmp, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/podrun-crilog-XXXXXX";
    if (!::mkdtemp(tmpl)) FAIL("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  std::set<std::string> names() const {
    std::set<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(path_)) out.insert(e.path().filename().string());
    return out;
  }

 private:
  std::string path_;
};

// A clock that advances one nanosecond a call, from kEpoch: every record gets a distinct,
// predictable time.
std::function<std::string()> step_clock() {
  auto calls = std::make_shared<long>(0);
  return [calls] { return rfc3339_nano({kEpoch, ++*calls}); };
}

std::string stamp(long nsec) { return rfc3339_nano({kEpoch, nsec}); }

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_all(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<std::string> records_of(const std::string& path) {
  std::vector<std::string> out;
  std::istringstream in(read_all(path));
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// Tag and text length of each record: the shape of how a line was cut.
std::vector<std::pair<char, std::size_t>> shape_of(const std::string& path) {
  std::vector<std::pair<char, std::size_t>> out;
  for (const auto& r : records_of(path)) {
    auto line = parse_cri_line(r);
    REQUIRE(line);
    out.emplace_back(line->partial ? 'P' : 'F', line->text.size());
  }
  return out;
}

std::string pattern(std::size_t n) {
  std::string s(n, ' ');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + i % 26);
  return s;
}

}  // namespace

TEST_CASE("rfc3339_nano is UTC with nine fractional digits and Z", "[crilog]") {
  struct Case {
    struct timespec t;
    const char* want;
  };
  const Case cases[] = {
      {{0, 0}, "1970-01-01T00:00:00.000000000Z"},
      {{kEpoch, 123456789}, "2026-11-29T05:06:07.123456789Z"},
      {{951782400, 5}, "2000-02-29T00:00:00.000000005Z"},
      {{kEpoch, 999999999}, "2026-11-29T05:06:07.999999999Z"},
  };
  for (const auto& c : cases) CHECK(rfc3339_nano(c.t) == c.want);
  CHECK(real_clock().size() == 30);
  CHECK(parse_cri_line(real_clock() + " stdout F x"));
}

TEST_CASE("full lines of both streams, interleaved, one record each", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  {
    CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
    w.feed(Stream::Stdout, "out one\n");
    w.feed(Stream::Stderr, "err one\nerr two\n");
    w.feed(Stream::Stdout, "out two\n");
    CHECK(w.write_errors() == 0);
  }
  CHECK(read_all(path) == stamp(1) + " stdout F out one\n" +  //
                              stamp(2) + " stderr F err one\n" + stamp(3) + " stderr F err two\n" + stamp(4) + " stdout F out two\n");
  CHECK(render_log({path}, {}) == "out one\nerr one\nerr two\nout two\n");
}

TEST_CASE("a line is buffered per stream across feed calls", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  {
    CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
    w.feed(Stream::Stdout, "hel");
    w.feed(Stream::Stderr, "oops");
    w.feed(Stream::Stdout, "lo wo");
    CHECK(read_all(path).empty());
    w.feed(Stream::Stdout, "rld\nsec");
    w.feed(Stream::Stderr, "\n");
    w.feed(Stream::Stdout, "ond\n");
  }
  CHECK(read_all(path) == stamp(1) + " stdout F hello world\n" + stamp(2) + " stderr F oops\n" + stamp(3) + " stdout F second\n");
}

TEST_CASE("CR LF ends a line like LF, empty lines are records, a lone CR is text", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  {
    CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
    w.feed(Stream::Stdout, "dos\r\n\nbar\rbaz\ncut\r");
    w.feed(Stream::Stdout, "\n");
  }
  CHECK(read_all(path) ==
        stamp(1) + " stdout F dos\n" + stamp(2) + " stdout F \n" + stamp(3) + " stdout F bar\rbaz\n" + stamp(4) + " stdout F cut\n");
  CHECK(render_log({path}, {}) == "dos\n\nbar\rbaz\ncut\n");
}

TEST_CASE("long lines are cut into P records of 16 KiB, the rest F", "[crilog]") {
  constexpr std::size_t K = kMaxLogLineBytes;
  struct Case {
    std::size_t length;
    std::size_t slice;  // feed() call size; 0: all at once
    std::vector<std::pair<char, std::size_t>> shape;
  };
  const Case cases[] = {
      {K, 0, {{'F', K}}},
      {K + 1, 0, {{'P', K}, {'F', 1}}},
      {2 * K, 0, {{'P', K}, {'F', K}}},
      {40 * 1024, 0, {{'P', K}, {'P', K}, {'F', 8 * 1024}}},
      {40 * 1024, 1000, {{'P', K}, {'P', K}, {'F', 8 * 1024}}},
      {40 * 1024, 1, {{'P', K}, {'P', K}, {'F', 8 * 1024}}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.length, c.slice);
    TempDir dir;
    const std::string path = dir.file("0.log");
    const std::string line = pattern(c.length);
    {
      CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
      const std::string input = line + "\n";
      const std::size_t slice = c.slice ? c.slice : input.size();
      for (std::size_t at = 0; at < input.size(); at += slice) w.feed(Stream::Stdout, std::string_view(input).substr(at, slice));
    }
    CHECK(shape_of(path) == c.shape);
    CHECK(render_log({path}, {}) == line + "\n");
    LogQuery stamped;
    stamped.timestamps = true;
    CHECK(render_log({path}, stamped) == stamp(1) + " " + line + "\n");
  }
}

TEST_CASE("a CR just before the cut waits for the next byte, as containerd's reader does", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  const std::string line = pattern(kMaxLogLineBytes);
  {
    CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
    w.feed(Stream::Stdout, line + "\r");
    w.feed(Stream::Stdout, "\n");
    w.feed(Stream::Stderr, line + "\r");
    w.feed(Stream::Stderr, "x\n");
  }
  CHECK(shape_of(path) == std::vector<std::pair<char, std::size_t>>{{'F', kMaxLogLineBytes}, {'P', kMaxLogLineBytes}, {'F', 2}});
  CHECK(render_log({path}, {}) == line + "\n" + line + "\rx\n");
}

TEST_CASE("at EOF the unterminated rest of a stream is written as P", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");

  SECTION("short rest") {
    {
      CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
      w.feed(Stream::Stdout, "done\nno newline");
      w.flush_eof(Stream::Stdout);
      w.flush_eof(Stream::Stdout);  // nothing left: no record
      w.flush_eof(Stream::Stderr);
    }
    CHECK(read_all(path) == stamp(1) + " stdout F done\n" + stamp(2) + " stdout P no newline\n");
    // kubectl prints the P text without a newline.
    CHECK(render_log({path}, {}) == "done\nno newline");
  }
  SECTION("rest longer than a line, ending in \\r") {
    const std::string rest = pattern(kMaxLogLineBytes) + "\r";
    {
      CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
      w.feed(Stream::Stderr, rest);
      w.flush_eof(Stream::Stderr);
    }
    CHECK(shape_of(path) == std::vector<std::pair<char, std::size_t>>{{'P', kMaxLogLineBytes}, {'P', 1}});
    CHECK(render_log({path}, {}) == rest);
  }
  SECTION("the writer's destructor ends both streams") {
    {
      CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
      w.feed(Stream::Stdout, "out");
      w.feed(Stream::Stderr, "err");
    }
    CHECK(read_all(path) == stamp(1) + " stdout P out\n" + stamp(2) + " stderr P err\n");
    // An unfinished line followed by another is not glued to it.
    CHECK(render_log({path}, {}) == "out\nerr");
  }
}

TEST_CASE("rotation keeps max_files files and render_log reads them in order", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  // A record "<30-char time> stdout F line-NN\n" is 48 bytes: two fit in 100.
  constexpr std::uint64_t kMax = 100;
  {
    CriLogWriter w(path, kMax, 3, step_clock());
    for (int i = 0; i < 10; ++i) {
      w.feed(Stream::Stdout, "line-0" + std::to_string(i) + "\n");
      CHECK(w.file_size() <= kMax);
    }
    CHECK(w.rotation_errors() == 0);
    CHECK(w.write_errors() == 0);
  }
  CHECK(dir.names() == std::set<std::string>{"0.log", "0.log.1", "0.log.2"});
  CHECK(log_files_oldest_first(path) == std::vector<std::string>{path + ".2", path + ".1", path});
  CHECK(read_all(path) == stamp(9) + " stdout F line-08\n" + stamp(10) + " stdout F line-09\n");
  CHECK(render_log(log_files_oldest_first(path), {}) == "line-04\nline-05\nline-06\nline-07\nline-08\nline-09\n");
}

TEST_CASE("a line cut into P records may span a rotation and is joined again", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  const std::string line = pattern(40 * 1024);
  {
    // Each 16 KiB record fills a file of its own.
    CriLogWriter w(path, kMaxLogLineBytes + 100, 5, step_clock());
    w.feed(Stream::Stdout, line + "\n");
  }
  CHECK(dir.names() == std::set<std::string>{"0.log", "0.log.1", "0.log.2"});
  CHECK(render_log(log_files_oldest_first(path), {}) == line + "\n");
}

TEST_CASE("rotation edge cases", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");

  SECTION("max_files 1 keeps only the current file") {
    {
      CriLogWriter w(path, 100, 1, step_clock());
      for (int i = 0; i < 5; ++i) w.feed(Stream::Stdout, "line-0" + std::to_string(i) + "\n");
    }
    CHECK(dir.names() == std::set<std::string>{"0.log"});
    CHECK(render_log({path}, {}) == "line-04\n");
  }
  SECTION("rotated files beyond the limit, left by a larger max_files, are removed") {
    write_all(path + ".7", stamp(0) + " stdout F stale\n");
    {
      CriLogWriter w(path, 100, 3, step_clock());
      for (int i = 0; i < 3; ++i) w.feed(Stream::Stdout, "line-0" + std::to_string(i) + "\n");
    }
    CHECK(dir.names() == std::set<std::string>{"0.log", "0.log.1"});
  }
  SECTION("an existing file is appended to and its size counts") {
    write_all(path, stamp(0) + " stdout F line-xx\n");
    {
      CriLogWriter w(path, 100, 3, step_clock());
      CHECK(w.file_size() == 48);
      w.feed(Stream::Stdout, "line-00\nline-01\n");
    }
    CHECK(render_log({path + ".1"}, {}) == "line-xx\nline-00\n");
    CHECK(render_log({path}, {}) == "line-01\n");
  }
  SECTION("a record larger than max_bytes still goes into an empty file") {
    {
      CriLogWriter w(path, 10, 3, step_clock());
      w.feed(Stream::Stdout, "much longer than ten bytes\n");
    }
    CHECK(dir.names() == std::set<std::string>{"0.log"});
    CHECK(render_log({path}, {}) == "much longer than ten bytes\n");
  }
}

TEST_CASE("the log file is created with mode 0640 whatever the umask", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  const mode_t old = ::umask(077);
  { CriLogWriter w(path); }
  ::umask(old);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0640);
}

TEST_CASE("a log file that cannot be opened is an error at construction", "[crilog]") {
  TempDir dir;
  CHECK_THROWS_AS(CriLogWriter(dir.file("missing/0.log")), std::system_error);
}

TEST_CASE("write errors are counted, not thrown, and leave no torn record", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  // A file size limit makes write() fail with EFBIG (SIGXFSZ ignored), part-way through the
  // third 48-byte record.
  struct rlimit saved {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  REQUIRE(::sigaction(SIGXFSZ, &ignore, &previous) == 0);
  struct rlimit small = saved;
  small.rlim_cur = 100;
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);

  std::uint64_t errors = 0;
  {
    CriLogWriter w(path, kDefaultLogMaxBytes, kDefaultLogMaxFiles, step_clock());
    CHECK_NOTHROW(w.feed(Stream::Stdout, "line-00\nline-01\nline-02\nline-03\n"));
    errors = w.write_errors();
  }
  ::setrlimit(RLIMIT_FSIZE, &saved);
  ::sigaction(SIGXFSZ, &previous, nullptr);

  CHECK(errors == 2);
  CHECK(read_all(path) == stamp(1) + " stdout F line-00\n" + stamp(2) + " stdout F line-01\n");
}

TEST_CASE("log_files_oldest_first lists path.N by number, then path", "[crilog]") {
  TempDir dir;
  const std::string path = dir.file("0.log");
  CHECK(log_files_oldest_first(path).empty());
  for (const char* suffix : {".1", ".2", ".10", ".x", ".01", ".1.gz", ".0"}) write_all(path + suffix, "");
  write_all(dir.file("1.log.3"), "");
  CHECK(log_files_oldest_first(path) == std::vector<std::string>{path + ".10", path + ".2", path + ".1"});
  write_all(path, "");
  CHECK(log_files_oldest_first(path) == std::vector<std::string>{path + ".10", path + ".2", path + ".1", path});
}

TEST_CASE("parse_cri_line reads records and refuses malformed ones", "[crilog]") {
  struct Good {
    const char* line;
    const char* time;
    Stream stream;
    bool partial;
    const char* text;
  };
  const Good good[] = {
      {"2026-11-29T05:06:07.123456789Z stdout F hello", "2026-11-29T05:06:07.123456789Z", Stream::Stdout, false, "hello"},
      {"2026-11-29T05:06:07.123456789Z stderr P part\n", "2026-11-29T05:06:07.123456789Z", Stream::Stderr, true, "part"},
      {"2026-11-29T05:06:07Z stdout F  two  spaces ", "2026-11-29T05:06:07Z", Stream::Stdout, false, " two  spaces "},
      {"2026-11-29T05:06:07.5+01:00 stdout F ", "2026-11-29T05:06:07.5+01:00", Stream::Stdout, false, ""},
      {"2024-02-29T23:59:59.1-08:30 stdout P:more x", "2024-02-29T23:59:59.1-08:30", Stream::Stdout, true, "x"},
      {"2026-11-29T05:06:07Z stdout X future tag", "2026-11-29T05:06:07Z", Stream::Stdout, false, "future tag"},
  };
  for (const auto& g : good) {
    CAPTURE(g.line);
    auto l = parse_cri_line(g.line);
    REQUIRE(l);
    CHECK(l->time == g.time);
    CHECK(l->stream == g.stream);
    CHECK(l->partial == g.partial);
    CHECK(l->text == g.text);
  }

  const char* bad[] = {
      "",
      "hello",
      "2026-11-29T05:06:07Z",
      "2026-11-29T05:06:07Z stdout",
      "2026-11-29T05:06:07Z stdout F",      // no space after the tag
      "2026-11-29T05:06:07Z stdout  text",  // empty tag
      "2026-11-29T05:06:07Z stdin F text",  // no such stream
      "2026-11-29T05:06:07Z STDOUT F text",
      "2026-11-29 05:06:07Z stdout F text",
      "2026-11-29T05:06:07 stdout F text",  // no zone
      "2026-11-29T05:06:07z stdout F text",
      "2026-11-29T05:06:07.Z stdout F text",  // empty fraction
      "2026-11-29T05:06:07.1234567890Z stdout F text",
      "2026-13-29T05:06:07Z stdout F text",
      "2026-02-29T05:06:07Z stdout F text",  // not a leap year
      "2026-04-31T05:06:07Z stdout F text",
      "2026-11-29T24:06:07Z stdout F text",
      "2026-11-29T05:60:07Z stdout F text",
      "2026-11-29T05:06:60Z stdout F text",
      "2026-11-29T05:06:07+0100 stdout F text",
      "2026-11-29T05:06:07+01:60 stdout F text",
      "2026-11-2xT05:06:07Z stdout F text",
      "{\"log\":\"docker json\",\"stream\":\"stdout\",\"time\":\"2016-10-20T18:39:20.57606443Z\"}",
  };
  for (const char* b : bad) {
    CAPTURE(b);
    CHECK_FALSE(parse_cri_line(b));
  }
}

TEST_CASE("render_log: since, tail and timestamps as kubectl logs", "[crilog]") {
  TempDir dir;
  const std::string old_file = dir.file("0.log.1");
  const std::string cur_file = dir.file("0.log");
  write_all(old_file,
            "2026-11-29T05:00:00.000000001Z stdout F one\n"
            "garbage that is skipped\n"
            "2026-11-29T05:00:01.000000000Z stdout P tw\n"  // stdout goes on after a stderr line
            "2026-11-29T05:00:02.5Z stderr F three\n");
  write_all(cur_file,
            "2026-11-29T05:00:03.000000000Z stdout F o\n"
            "\n"
            "2026-11-29T06:00:04.000000000+01:00 stderr F four\n"
            "2026-11-29T05:00:05.000000000Z stdout F five\n"
            "2026-11-29T05:00:06.000000000Z stdout P six, unfinished\n");
  const std::vector<std::string> files{old_file, cur_file};

  struct Case {
    const char* name;
    LogQuery query;
    std::string want;
  };
  const std::string all = "one\ntwo\nthree\nfour\nfive\nsix, unfinished";
  const Case cases[] = {
      {"everything", {}, all},
      {"tail all", {false, -1, std::nullopt}, all},
      {"tail more than there is", {false, 100, std::nullopt}, all},
      {"tail 0", {false, 0, std::nullopt}, ""},
      {"tail 3", {false, 3, std::nullopt}, "four\nfive\nsix, unfinished"},
      {"tail counts joined lines", {false, 5, std::nullopt}, "two\nthree\nfour\nfive\nsix, unfinished"},
      {"since is inclusive", {false, std::nullopt, "2026-11-29T05:00:02.5Z"}, "three\nfour\nfive\nsix, unfinished"},
      {"since between lines", {false, std::nullopt, "2026-11-29T05:00:02.500000001Z"}, "four\nfive\nsix, unfinished"},
      {"since with an offset", {false, std::nullopt, "2026-11-29T06:00:04+01:00"}, "four\nfive\nsix, unfinished"},
      {"since a joined line's first record", {false, std::nullopt, "2026-11-29T05:00:01Z"}, "two\nthree\nfour\nfive\nsix, unfinished"},
      {"since after everything", {false, std::nullopt, "2027-01-01T00:00:00Z"}, ""},
      {"since then tail", {false, 1, "2026-11-29T05:00:01Z"}, "six, unfinished"},
      {"timestamps",
       {true, std::nullopt, std::nullopt},
       "2026-11-29T05:00:00.000000001Z one\n"
       "2026-11-29T05:00:01.000000000Z two\n"
       "2026-11-29T05:00:02.500000000Z three\n"
       "2026-11-29T06:00:04.000000000+01:00 four\n"
       "2026-11-29T05:00:05.000000000Z five\n"
       "2026-11-29T05:00:06.000000000Z six, unfinished"},
      {"timestamps and tail",
       {true, 2, std::nullopt},
       "2026-11-29T05:00:05.000000000Z five\n2026-11-29T05:00:06.000000000Z six, unfinished"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    CHECK(render_log(files, c.query) == c.want);
  }

  CHECK(render_log({dir.file("gone.log"), cur_file}, {false, 1, std::nullopt}) == "six, unfinished");
  CHECK(render_log({}, {}).empty());
  CHECK(render_log({cur_file}, {true, 1, std::nullopt}).rfind("2026-11-29T05:00:06.000000000Z six", 0) == 0);
  // A zero offset prints as Z, as Go's time formatting does.
  write_all(cur_file, "2026-11-29T05:00:03+00:00 stdout F z\n");
  CHECK(render_log({cur_file}, {true, std::nullopt, std::nullopt}) == "2026-11-29T05:00:03.000000000Z z\n");
}

TEST_CASE("render_log skips a record still being written and says how far it read", "[crilog]") {
  // The writer appends whole records, but a reader can see one half-written (a write that
  // crosses a page is visible page by page): the file then ends without newline. That piece
  // is not a line of the log; the next read sees the record whole.
  TempDir dir;
  const std::string old_file = dir.file("0.log.1");
  const std::string cur_file = dir.file("0.log");
  const std::string whole = "2026-11-29T05:00:00.000000000Z stdout F 0123456789\n";
  write_all(old_file, whole + "2026-11-29T05:00:00.5Z stdout F torn in a rotated file");
  write_all(cur_file, whole + whole + "2026-11-29T05:00:01.000000000Z stdout F 0");
  std::uint64_t read_of_last = 99;
  CHECK(render_log({cur_file}, {false, 1, std::nullopt}, &read_of_last) == "0123456789\n");
  CHECK(read_of_last == 2 * whole.size());
  CHECK(render_log({old_file, cur_file}, {}) == "0123456789\n0123456789\n0123456789\n");
  // Cut inside the time: not a record at all, still nothing printed.
  write_all(cur_file, whole + "2026-11-29T05:0");
  CHECK(render_log({cur_file}, {false, 1, std::nullopt}, &read_of_last) == "0123456789\n");
  CHECK(read_of_last == whole.size());
  write_all(cur_file, "2026-11-29T05:00:01.000000000Z stdout F 0");
  CHECK(render_log({cur_file}, {}, &read_of_last).empty());
  CHECK(read_of_last == 0);
  CHECK(render_log({}, {}, &read_of_last).empty());
  CHECK(read_of_last == 0);
}

TEST_CASE("render_log refuses a since time that is not RFC 3339", "[crilog]") {
  for (const char* since : {"yesterday", "2026-11-29", "2026-11-29T05:00:00", ""}) {
    CAPTURE(since);
    CHECK_THROWS_AS(render_log({}, {false, std::nullopt, since}), std::invalid_argument);
  }
}
