// What the CLI's verbs share: the pod manager's context from the global flags, the policy
// flags, loading manifests with their problems printed as `validate` prints them, durations
// and tables as kubectl writes them.
#pragma once

#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "loader/loader.h"
#include "pods/context.h"
#include "pods/images.h"
#include "pods/inputs.h"

namespace podrun::cli {

using pods::PolicyFlags;

pods::Context context(const GlobalOptions& g);

// --pod-security, and with `runtime` the flags only a pod's start reads (pids limit, unsafe
// sysctls, seccomp default).
void add_policy_flags(CLI::App* cmd, PolicyFlags& flags, bool runtime);
// --authfile, --insecure-registry, --platform (image pull, apply).
void add_pull_flags(CLI::App* cmd, pods::PullFlags& flags);

// The loaded manifests, or nullopt with `exit_code` set (2: a path is wrong; 1: a manifest is
// invalid, or there is no pod); every problem printed to stderr as `validate` words it.
std::optional<loader::LoadResult> load_pods(const std::vector<std::string>& files, loader::LoadOptions options, int& exit_code);

// A duration as kubectl flags take it: "200ms", "10s", "5m", "1h" (a bare number is seconds);
// nullopt when it is none of those.
std::optional<long long> parse_duration_ms(const std::string& text);

// Rows as kubectl prints a table: left-aligned columns, three spaces apart.
std::string columns(const std::vector<std::vector<std::string>>& rows);
// The same with cells passed through `paint_cell(column, text)` once their widths are counted
// (colour codes take no room on the screen); the first row is left alone when it is a header.
using CellPainter = std::function<std::string(std::size_t column, const std::string& cell)>;
std::string columns(const std::vector<std::vector<std::string>>& rows, const CellPainter& paint_cell, bool header);

// kubectl's TYPE/NAME arguments: {"pod/a", "pod/b"} becomes {"pod", "a", "b"}; arguments
// whose first word has no '/' are returned as they are. Several types at once: UsageError.
std::vector<std::string> split_type_names(const std::string& verb, const std::vector<std::string>& args);
// A pod as kubectl takes one: NAME, pod/NAME, pods/NAME or po/NAME; another TYPE/: UsageError.
std::string pod_name_arg(const std::string& verb, const std::string& arg);

// What a command that may hand itself on to podrun-dynamic (common/linkage.h) must not have
// done twice by then.
//
// Its messages to stderr: held back while `hold`, released (and passed on from then) once the
// command goes on here, dropped when it is handed on: the other process says them again.
class HeldOutput {
 public:
  explicit HeldOutput(bool hold);
  HeldOutput(const HeldOutput&) = delete;
  HeldOutput& operator=(const HeldOutput&) = delete;
  ~HeldOutput() { release(); }
  std::ostream& stream() { return out_; }
  void release();
  void discard();

 private:
  std::stringbuf held_;
  std::ostream out_;
  bool holding_;
};

// Standard input, read to its end into a memory file put in its place as fd 0: the loader
// reads it as before, and a process this one is replaced by reads it again from its start
// (rewind). Nothing when fd 0 is closed; a read or write that fails throws SysError (what was
// read could not be given back).
class StdinCopy {
 public:
  StdinCopy();
  void rewind() const;

 private:
  bool copied_ = false;
};

}  // namespace podrun::cli
