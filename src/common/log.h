// Diagnostics: what podrun says about its own work — not its output, which only src/cli/
// prints — through spdlog: on stderr for the CLI (`-v`, `-vv`, `--log-level`), appended to
// <root>/supervisor.log for the per-pod supervisors, whose stderr is /dev/null. Teardown
// leftovers, a sandbox made again, each action a supervisor takes (debug) go here.
//
// spdlog and fmt are compiled into log.cc alone (header-only, no shared library to load at
// start, nothing of fmt in this header): the rest of the code calls these functions with a
// finished string. One logger per process, set once at start (the CLI's main, the
// supervisor's) before any other thread exists; until then, and at level Off, a call costs a
// comparison.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace podrun::log {

enum class Level { Trace, Debug, Info, Warn, Error, Off };

std::optional<Level> parse_level(std::string_view name);  // trace, debug, info, warn, error, off
const char* level_name(Level level);

// From now on, diagnostics at `level` and above go to stderr, as "podrun: LEVEL: message".
void to_stderr(Level level);
// ... or are appended to `path`, each line with its time, `who` and pid (a supervisor's:
// "supervisor default/web"). A file that cannot be opened: stderr instead.
void to_file(const std::string& path, Level level, const std::string& who);

Level current_level();  // what the process was set to (Off until then)
bool enabled(Level level);
void write(Level level, std::string_view message);
inline void debug(std::string_view m) { write(Level::Debug, m); }
inline void info(std::string_view m) { write(Level::Info, m); }
inline void warn(std::string_view m) { write(Level::Warn, m); }
inline void error(std::string_view m) { write(Level::Error, m); }

}  // namespace podrun::log
