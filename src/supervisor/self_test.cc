// `podrun-supervisor --self-test`: the C++ runtime paths the supervisor relies on, exercised in
// the real binary. Built against musl, the supervisor links Debian's glibc-built libstdc++ and
// libgcc with a few shims (musl_compat.cc, cmake/musl.cmake): an update of those could break
// exception unwinding or std::function with no compile error. The build runs this after the
// link (a broken binary fails the build, loudly), and ctest runs it again (supervisor.self_test).
// Returns 0, or 1 with the first check that failed on stderr.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/error.h"
#include "common/files.h"
#include "common/log.h"
#include "supervisor/supervisor.h"

namespace podrun::supervisor {

namespace {

int unwound = 0;  // destructors run while an exception passes through their frames

struct Guard {
  ~Guard() { ++unwound; }
};

[[noreturn]] void throw_deep(int depth) {
  Guard g;
  if (depth == 0) throw SysError("self-test", "open", "/nowhere", ENOENT);
  throw_deep(depth - 1);
}

bool check(bool ok, const char* what) {
  if (!ok) std::fprintf(stderr, "podrun-supervisor self-test: %s\n", what);
  return ok;
}

}  // namespace

int self_test() {
  bool ok = true;
  // 1. An exception through frames with destructors, caught by a base class, its fields intact.
  try {
    throw_deep(5);
  } catch (const std::exception& e) {
    auto* sys = dynamic_cast<const SysError*>(&e);
    ok &= check(sys && sys->err == ENOENT && sys->path == "/nowhere", "SysError caught as std::exception lost its fields");
  }
  ok &= check(unwound == 6, "destructors did not all run while unwinding");
  // 2. Through a std::function, rethrown by exception_ptr, nested.
  std::function<void()> f = [] { throw std::runtime_error("inner"); };
  std::exception_ptr saved;
  try {
    try {
      f();
    } catch (...) {
      saved = std::current_exception();
      std::throw_with_nested(std::logic_error("outer"));
    }
  } catch (const std::logic_error& e) {
    ok &= check(std::string(e.what()) == "outer", "throw_with_nested");
    try {
      std::rethrow_if_nested(e);
      ok &= check(false, "rethrow_if_nested threw nothing");
    } catch (const std::runtime_error& inner) {
      ok &= check(std::string(inner.what()) == "inner", "the nested exception");
    }
  }
  try {
    std::rethrow_exception(saved);
  } catch (const std::runtime_error& e) {
    ok &= check(std::string(e.what()) == "inner", "rethrow_exception");
  }
  // 3. std::function copied and moved with captures; containers of them.
  auto counter = std::make_shared<int>(0);
  std::map<std::string, std::function<int(int)>> table;
  table["add"] = [counter](int x) { return *counter += x; };
  std::function<int(int)> copy = table["add"];
  std::function<int(int)> moved = std::move(copy);
  moved(2);
  table.at("add")(3);
  ok &= check(*counter == 5 && counter.use_count() == 3, "std::function with captures");
  // 4. chrono: a steady clock that moves forward, durations, the RFC 3339 time of events.
  auto t0 = std::chrono::steady_clock::now();
  ::usleep(1000);
  auto waited = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
  ok &= check(waited.count() >= 1000 && waited.count() < 10'000'000, "steady_clock");
  std::string now = now_rfc3339();
  ok &= check(now.size() == 20 && now[4] == '-' && now[10] == 'T' && now.back() == 'Z', "now_rfc3339");
  // 5. spdlog (common/log.h), to a file, read back.
  char path[] = "/tmp/podrun-supervisor-self-test-XXXXXX";
  int fd = ::mkstemp(path);
  if (check(fd >= 0, "mkstemp")) {
    ::close(fd);
    log::to_file(path, log::Level::Info, "self-test");
    log::debug("not written");
    log::info("written " + std::to_string(42));
    log::to_file("", log::Level::Off, "");
    std::optional<std::string> text = files::read(path);
    ::unlink(path);
    ok &= check(text && text->find("self-test[") != std::string::npos && text->find("info: written 42") != std::string::npos &&
                    text->find("not written") == std::string::npos,
                "spdlog to a file");
  } else {
    ok = false;
  }
  if (ok) std::printf("podrun-supervisor self-test: ok\n");
  return ok ? 0 : 1;
}

}  // namespace podrun::supervisor
