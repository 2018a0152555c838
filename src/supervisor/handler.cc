#include "supervisor/handler.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include "exec/fds.h"
#include "exec/join.h"

namespace podrun::supervisor {

namespace {

[[noreturn]] void verdict(bool ok, const std::string& message) {
  if (!message.empty() && ::write(1, message.data(), message.size()) < 0) {}
  ::_exit(ok ? 0 : 1);
}

int connect_to(std::string host, int port, const std::string& pod_ip) {
  if (host.empty()) host = pod_ip;
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  std::string ip = host.empty() ? "127.0.0.1" : host;
  if (::inet_pton(AF_INET, ip.c_str(), &addr.sin_addr) != 1) verdict(false, "host " + ip + " is not an IPv4 address");
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) verdict(false, std::string("socket: ") + std::strerror(errno));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
    verdict(false, "dial tcp " + ip + ":" + std::to_string(port) + ": connect: " + std::strerror(errno));
  return fd;
}

// An HTTP/1.1 GET as the kubelet's prober sends it; the verdict is the status code.
[[noreturn]] void http_get(const plan::HandlerPlan& h, const std::string& pod_ip) {
  int fd = connect_to(h.host, h.port, pod_ip);
  std::string host = (h.host.empty() ? (pod_ip.empty() ? "127.0.0.1" : pod_ip) : h.host) + ":" + std::to_string(h.port);
  std::string req = "GET " + h.path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: kube-probe/1.35\r\nAccept: */*\r\n";
  for (const auto& [name, value] : h.http_headers) req += name + ": " + value + "\r\n";
  req += "Connection: close\r\n\r\n";
  if (::write(fd, req.data(), req.size()) != static_cast<ssize_t>(req.size()))
    verdict(false, std::string("write: ") + std::strerror(errno));
  std::string reply;
  char buf[1024];
  ssize_t n;
  while (reply.find("\r\n") == std::string::npos && (n = ::read(fd, buf, sizeof buf)) > 0) reply.append(buf, static_cast<std::size_t>(n));
  int code = 0;
  if (std::sscanf(reply.c_str(), "HTTP/%*d.%*d %d", &code) != 1) verdict(false, "no HTTP response from " + host);
  std::string status = "HTTP probe failed with statuscode: " + std::to_string(code);
  verdict(code >= 200 && code < 400, code >= 200 && code < 400 ? "" : status);
}

// An exec handler, in the forked child: enter the container, run the command in a grandchild
// (the pid namespace applies to children) that dies with us (the supervisor kills us at the
// probe's timeout), and exit with its status.
[[noreturn]] void run_exec_handler(const plan::HandlerPlan& h, const exec::ContainerProcess& target) {
  try {
    exec::enter_container(target);
  } catch (const std::exception& e) {
    verdict(false, e.what());
  }
  pid_t cmd = ::fork();
  if (cmd < 0) verdict(false, std::string("fork: ") + std::strerror(errno));
  if (cmd == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    exec::exec_as_container(target, h.command);
  }
  int status = 0;
  while (::waitpid(cmd, &status, 0) < 0 && errno == EINTR) {}
  ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
}

// A gRPC handler, in the forked child (already in the pod's network namespace when the pod
// has no address of its own): exec `podrun probe grpc` (cli/cmd_probe.cc), which prints the
// verdict on our stdout. This static program has no HTTP/2 client; the podrun that applied
// the pod has. It holds fds 0-2 only, as every program podrun starts.
[[noreturn]] void exec_grpc_probe(std::vector<char*>& argv) {
  if (exec::close_fds_on_exec(3) != 0) verdict(false, "gRPC probe: cannot close the supervisor's fds");
  ::execv(argv[0], argv.data());
  verdict(false, std::string("gRPC probe: cannot run ") + argv[0] + " (the podrun that applied the pod): " + std::strerror(errno));
}

}  // namespace

HandlerChild start_handler(const plan::HandlerPlan& h, int container_pid, const std::string& pod_ip, int net_ns,
                           const std::string& seccomp_bpf, const GrpcProber& grpc) {
  int pipefd[2];
  if (::pipe2(pipefd, O_CLOEXEC) != 0) throw SysError("start a probe", "pipe2", "", errno);
  UniqueFd read_end(pipefd[0]), write_end(pipefd[1]);
  // exec handlers need the container's namespaces; read them before forking, so that a
  // container that is already gone fails here, in the supervisor, with a clear message.
  exec::ContainerProcess target;
  if (h.type == plan::HandlerType::Exec) {
    target = exec::inspect_container(container_pid);
    target.seccomp_bpf = seccomp_bpf;
  }
  // A gRPC handler's command line, made before forking. The kubelet dials the pod's address;
  // a pod without one is probed on 127.0.0.1 inside its network namespace (hostNetwork: the
  // host's).
  std::vector<std::string> grpc_argv;
  std::vector<char*> grpc_args;
  if (h.type == plan::HandlerType::Grpc) {
    grpc_argv = {grpc.podrun_binary,
                 "--log-level",
                 "off",
                 "probe",
                 "grpc",
                 "--address",
                 pod_ip.empty() ? "127.0.0.1" : pod_ip,
                 "--port",
                 std::to_string(h.port),
                 "--service",
                 h.service,
                 "--timeout-ms",
                 std::to_string(grpc.timeout_seconds * 1000)};
    for (auto& a : grpc_argv) grpc_args.push_back(a.data());
    grpc_args.push_back(nullptr);
  }
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start a probe", "fork", "", errno);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::dup2(write_end.get(), 1);
    ::dup2(write_end.get(), 2);
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    if (!h.port_error.empty()) verdict(false, h.port_error);
    switch (h.type) {
      case plan::HandlerType::Sleep: ::sleep(static_cast<unsigned>(h.sleep_seconds)); verdict(true, "");
      case plan::HandlerType::Exec: run_exec_handler(h, target);
      case plan::HandlerType::TcpSocket:
      case plan::HandlerType::HttpGet:
      case plan::HandlerType::Grpc: break;
    }
    if (pod_ip.empty() && net_ns >= 0 && ::setns(net_ns, CLONE_NEWNET) != 0)
      verdict(false, std::string("setns net: ") + std::strerror(errno));
    if (h.type == plan::HandlerType::Grpc) exec_grpc_probe(grpc_args);
    if (h.type == plan::HandlerType::TcpSocket) {
      connect_to(h.host, h.port, pod_ip);
      verdict(true, "");
    }
    http_get(h, pod_ip);
  }
  return HandlerChild{pid, std::move(read_end)};
}

HandlerChild start_program(const std::vector<std::string>& argv) {
  int pipefd[2];
  if (::pipe2(pipefd, O_CLOEXEC) != 0) throw SysError("start " + argv.at(0), "pipe2", "", errno);
  UniqueFd read_end(pipefd[0]), write_end(pipefd[1]);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid < 0) throw SysError("start " + argv.at(0), "fork", "", errno);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    int devnull = ::open("/dev/null", O_RDWR);
    ::dup2(write_end.get(), 1);
    if (devnull >= 0) {
      ::dup2(devnull, 0);
      ::dup2(devnull, 2);
    }
    if (exec::close_fds_on_exec(3) != 0) ::_exit(127);
    ::execv(args[0], args.data());
    const char msg[] = "ERR cannot run the podrun binary that applied the pod\n";
    if (::write(1, msg, sizeof msg - 1) < 0) {}
    ::_exit(127);
  }
  return HandlerChild{pid, std::move(read_end)};
}

std::string drain_output(int fd, std::size_t limit) {
  std::string out;
  int flags = ::fcntl(fd, F_GETFL);
  ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  char buf[1024];
  ssize_t n;
  while (out.size() < limit && (n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  if (out.size() > limit) out.resize(limit);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace podrun::supervisor
