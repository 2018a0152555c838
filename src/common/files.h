// Whole-file reads, small writes and directory walks on plain file descriptors.
//
// Why not iostreams and std::filesystem: the per-pod supervisor is built from the executor's
// sources, and what stays resident for every running pod is the text of that static binary.
// One std::ifstream drags in libstdc++'s locale machinery (about 0.5 MB of code, with glibc's
// wide-character and scanf code behind it), and std::filesystem's paths bring it too. These
// helpers are what the executor needs of both, and nothing more (docs/benchmarks.md, memory).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podrun::files {

// The whole content of `path`; std::nullopt, with errno set, when it cannot be opened or read.
std::optional<std::string> read(const std::string& path);

// Writes `data` to `path`, created with `mode` or truncated. false, with errno set, on failure.
bool write(const std::string& path, std::string_view data, mode_t mode = 0644);

// The fields of `text` between `sep`s, empty ones included; a trailing separator ends the last
// field rather than starting an empty one, so the lines of a file are split(text, '\n').
std::vector<std::string> split(std::string_view text, char sep);
// The words of `text`, separated by runs of blanks (space, tab, newline).
std::vector<std::string> words(std::string_view text);

struct Entry {
  std::string name;
  bool is_dir = false;
  bool is_symlink = false;
};
// The entries of directory `dir` (without . and ..), in the kernel's order. false, with errno
// set, when it cannot be read.
bool list(const std::string& dir, std::vector<Entry>& out);
// Calls `visit(path, entry)` for every file below `dir`, a directory before its contents,
// symlinks not followed. false, with errno set, when a directory cannot be read.
bool walk(const std::string& dir, const std::function<void(const std::string& path, const Entry& e)>& visit);

bool exists(const std::string& path);  // after symlinks, like test -e
bool is_dir(const std::string& path);  // after symlinks, like test -d
// mkdir -p: true when `path` is a directory afterwards (errno set otherwise).
bool make_dirs(const std::string& path, mode_t mode = 0755);
// rm -rf: removes `path` and everything below it, never following a symlink. true when it is
// gone (or was never there); false with errno set at the first entry that cannot be removed.
bool remove_all(const std::string& path);
// The bytes the files at or below `path` hold on disk (st_blocks × 512, a file with several
// links once), as du counts them; symlinks not followed, mounts below it not crossed. 0 for a
// path that is not there.
std::int64_t disk_usage(const std::string& path);

// Copies a regular file's bytes to `to` (created with `mode`, truncated). false with errno set.
bool copy_file(const std::string& from, const std::string& to, mode_t mode);

std::string parent(const std::string& path);     // "/a/b" → "/a", "b" → ".", "/a" → "/"
std::string base_name(const std::string& path);  // "/a/b" → "b"

}  // namespace podrun::files
