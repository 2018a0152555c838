// How an apply takes a pooled supervisor (podrun serve --sandbox-pool N) without asking serve.
// A ready pooled supervisor listens on a socket of its own, DIR/PID (DIR is ROOT/pool.d, mode
// 0700). An apply claims one by renaming that name to one of its own (rename is atomic: of
// two claimers, one gets ENOENT) and connects to it; the kernel says whose socket it is
// (SO_PEERCRED, recorded at its listen), and the run configuration can be sent at once: the
// connection is queued before the supervisor accepts it. Serve, idle in its poll, is not on the
// start's path: asking it cost the start a round trip through a sleeping process (0.7-1 ms
// here, docs/benchmarks.md). The supervisor, on its accept, says TAKEN to serve on its report
// pipe and gives the apply a report pipe of its own, on the new connection (ClaimReply); a
// supervisor that serve itself takes (its own pods) is renamed the same way, by serve, and
// handed its pod on its first socket as before.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>

#include "common/fd.h"

namespace podrun::exec {

// DIR/PID: where pooled supervisor `pid` listens until it is claimed.
std::string pool_claim_path(const std::string& dir, pid_t pid);

// The supervisor's: bound at pool_claim_path(dir, getpid()) (mode 0600: only its user may
// connect; a stale name is replaced) and listening. Throws SysError.
UniqueFd listen_for_claim(const std::string& dir);

// The first connection on `listener` whose peer has this process's uid (others are closed):
// an invalid fd when none is queued.
UniqueFd accept_claim(int listener);

// The supervisor's answer on the accepted connection: the read end of the report pipe the
// apply reads the pod's start report from (its write end becomes the supervisor's fd 3).
// 0 or an errno.
int send_claim_reply(int connection, int report_read);
// The apply's: that read end, once the supervisor has accepted (it waits for it). Throws
// SysError when the supervisor closed the connection instead (it died, or serve ended first).
UniqueFd receive_claim_reply(int connection);

struct PoolClaim {
  UniqueFd connection;  // to the supervisor: the run configuration, the pod's word, the pod directory
  pid_t pid = -1;       // the supervisor's, as the kernel recorded it when it listened
};
// A ready pooled supervisor from `dir`, claimed and connected; nullopt when none is there (no
// serve, an empty pool, all taken meanwhile). A name whose supervisor is gone (killed, a
// killed serve's) is removed on the way.
std::optional<PoolClaim> claim_pooled(const std::string& dir);
// Whether `dir` names a supervisor that may be claimed (claim_pooled may still find none).
bool pool_may_have_ready(const std::string& dir);
// serve's, for its own pods: supervisor `pid`'s name taken by rename, so that no apply
// connects to it; false when an apply claimed it first.
bool claim_pooled_by_pid(const std::string& dir, pid_t pid);
// serve's, for a ready supervisor `pid` whose name is gone: an apply renamed it and died
// before it connected (killed between the two calls), leaving the supervisor listening under
// the claim's name, which nobody else would try. The name is given back once that apply is
// gone; true when it was. An apply that is alive (still connecting) is left alone.
bool restore_abandoned_claim(const std::string& dir, pid_t pid);

}  // namespace podrun::exec
