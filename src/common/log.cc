// spdlog, header-only, with fmt header-only too (Debian's spdlog uses the system's fmt): this
// file is the only one that includes them. FMT_STATIC_THOUSANDS_SEPARATOR keeps std::locale
// out, which the musl-built supervisor must not link (cmake/musl.cmake).
#define FMT_HEADER_ONLY
#define FMT_STATIC_THOUSANDS_SEPARATOR ','
#include "common/log.h"

#include <spdlog/logger.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <memory>

namespace podrun::log {

namespace {

// The process's logger: set once at start, before any other thread (log.h); read after. A
// file's logger is made at its first line: a supervisor that has nothing to say never touches
// spdlog's pages (they would be resident in every pod's supervisor) nor makes the file.
struct Sink {
  std::shared_ptr<spdlog::logger> logger;
  Level level = Level::Off;
  std::string path{}, who{};  // to_file's, until the first line
};
Sink& sink() {
  static Sink s;
  return s;
}

spdlog::level::level_enum spd(Level l) {
  switch (l) {
    case Level::Trace: return spdlog::level::trace;
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warn: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    case Level::Off: return spdlog::level::off;
  }
  return spdlog::level::off;
}

void install(std::shared_ptr<spdlog::logger> logger, Level level) {
  logger->set_level(spd(level));
  logger->flush_on(spdlog::level::trace);  // each line whole on disk: a supervisor may die any time
  sink() = Sink{std::move(logger), level};
}

}  // namespace

std::optional<Level> parse_level(std::string_view name) {
  for (Level l : {Level::Trace, Level::Debug, Level::Info, Level::Warn, Level::Error, Level::Off})
    if (name == level_name(l)) return l;
  return std::nullopt;
}

const char* level_name(Level level) {
  switch (level) {
    case Level::Trace: return "trace";
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warn: return "warn";
    case Level::Error: return "error";
    case Level::Off: return "off";
  }
  return "off";
}

void to_stderr(Level level) {
  if (level == Level::Off) {
    sink() = Sink{};
    return;
  }
  auto logger = std::make_shared<spdlog::logger>("podrun", std::make_shared<spdlog::sinks::stderr_sink_st>());
  logger->set_pattern("podrun: %l: %v");
  install(std::move(logger), level);
}

void to_file(const std::string& path, Level level, const std::string& who) {
  sink() = Sink{};
  if (level == Level::Off) return;
  sink().level = level;
  sink().path = path;
  sink().who = who;
}

namespace {

void open_file() {
  Sink& s = sink();
  std::shared_ptr<spdlog::sinks::sink> out;
  try {
    out = std::make_shared<spdlog::sinks::basic_file_sink_st>(s.path);
  } catch (const spdlog::spdlog_ex&) {
    out = std::make_shared<spdlog::sinks::stderr_sink_st>();
  }
  auto logger = std::make_shared<spdlog::logger>(s.who, std::move(out));
  logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %n[%P] %l: %v");
  install(std::move(logger), s.level);
}

}  // namespace

Level current_level() { return sink().level; }

bool enabled(Level level) { return level != Level::Off && level >= sink().level && (sink().logger || !sink().path.empty()); }

void write(Level level, std::string_view message) {
  if (!enabled(level)) return;
  if (!sink().logger) open_file();
  sink().logger->log(spd(level), message);
}

}  // namespace podrun::log
