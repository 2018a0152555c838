// `podrun probe grpc`: the kubelet's gRPC probe, for the pod supervisor. The supervisor is a
// static program against musl that cannot link libnghttp2, so its probe child execs this (in
// the pod's network namespace when the pod has no address of its own) and reads the one
// line it prints: the kubelet's probe output. Exit 0 is success. Not in the help: people
// probing a server by hand get the same verdict, though.
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "net/grpc_health.h"

namespace podrun::cli {

void add_probe_command(CLI::App& app, GlobalOptions&, Action& action) {
  CLI::App* probe = app.add_subcommand("probe", "");
  probe->group("");
  probe->require_subcommand(1);

  auto check = std::make_shared<net::HealthCheck>();
  auto timeout_ms = std::make_shared<long long>(1000);
  CLI::App* grpc = probe->add_subcommand("grpc", "Call grpc.health.v1.Health/Check as the kubelet's gRPC probe does");
  grpc->add_option("--address", check->address, "The server's IP address")->capture_default_str();
  grpc->add_option("--port", check->port, "Its port")->required()->check(CLI::Range(1, 65535));
  grpc->add_option("--service", check->service, "The service to ask about (\"\": the server as a whole)");
  grpc->add_option("--timeout-ms", *timeout_ms, "The probe's timeoutSeconds, in milliseconds")
      ->capture_default_str()
      ->check(CLI::Range(1LL, 86'400'000LL));
  grpc->callback([check, timeout_ms, &action] {
    action = [check, timeout_ms] {
      check->timeout = std::chrono::milliseconds(*timeout_ms);
      net::HealthVerdict v;
      try {
        v = net::check_health(*check);
      } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
      }
      std::cout << v.message << "\n";
      return v.ok ? kExitOk : kExitFailure;
    };
  });
}

}  // namespace podrun::cli
