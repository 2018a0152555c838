// podrun ui's HTTP server: cpp-httplib (Debian's libcpp-httplib-dev), GET only, the page and
// its JSON (docs/ui.md). Nothing here writes to the state or the kernel.
#include <signal.h>

#include <httplib.h>

#include <iostream>
#include <thread>

#include "cli/ui.h"

namespace podrun::cli {

namespace {

void send_json(httplib::Response& res, const std::optional<nlohmann::json>& j) {
  if (!j) {
    res.status = 404;
    res.set_content("{\"error\":\"not found\"}\n", "application/json");
    return;
  }
  res.set_content(j->dump() + "\n", "application/json");
}

}  // namespace

int serve_ui(const pods::Context& ctx, const ListenAddress& where) {
  // SIGINT and SIGTERM are taken by a thread of their own (sigwait), blocked everywhere else:
  // every thread httplib starts inherits this mask. The thread stops the server, and serve_ui
  // returns once the requests in flight are answered.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  ::pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  UiData data(ctx);
  httplib::Server server;
  // Read-only: GET (and the HEAD httplib answers with it) only; a name in the Host header is
  // refused, so that a web page elsewhere cannot reach this server through DNS rebinding.
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content("podrun ui is read-only: GET only\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!host_header_allowed(req.get_header_value("Host"))) {
      res.status = 403;
      res.set_content("podrun ui answers requests to localhost or an IP address only\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_default_headers({{"Cache-Control", "no-store"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Content-Security-Policy",
                               "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                               "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'"}});
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown error";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {}
    res.status = 500;
    res.set_content(nlohmann::json{{"error", what}}.dump() + "\n", "application/json");
  });

  server.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content(kUiPage, "text/html; charset=utf-8"); });
  server.Get("/api/pods", [&data](const httplib::Request&, httplib::Response& res) { send_json(res, data.pods()); });
  server.Get(R"(/api/pods/([a-z0-9.-]+)/([a-z0-9.-]+))",
             [&data](const httplib::Request& req, httplib::Response& res) { send_json(res, data.pod(req.matches[1], req.matches[2])); });
  server.Get(R"(/api/pods/([a-z0-9.-]+)/([a-z0-9.-]+)/containers/([a-z0-9-]+))",
             [&data](const httplib::Request& req, httplib::Response& res) {
               send_json(res, data.container(req.matches[1], req.matches[2], req.matches[3]));
             });

  if (!server.bind_to_port(where.host, where.port)) {
    std::cerr << "podrun: ui: cannot listen on " << where.host << ":" << where.port << " (in use, or not an address of this machine)\n";
    return 1;
  }
  std::thread stopper([&server, stop_signals] {
    int sig = 0;
    ::sigwait(&stop_signals, &sig);
    server.stop();
  });
  const std::string url = "http://" + (where.host.find(':') != std::string::npos ? "[" + where.host + "]" : where.host) + ":" +
                          std::to_string(where.port) + "/";
  std::cout << "podrun ui: " << url << " (read-only; Ctrl-C ends it)" << std::endl;
  if (where.exposed)
    std::cerr << "podrun: ui: listening on " << where.host << ", not loopback: anyone who reaches this machine can read the page"
              << std::endl;
  bool ok = server.listen_after_bind();
  // listen_after_bind returned: stopped by the signal thread, or the server failed. In the
  // second case the thread still waits: send it the signal it waits for.
  if (stopper.joinable()) {
    ::pthread_kill(stopper.native_handle(), SIGTERM);
    stopper.join();
  }
  return ok ? 0 : 1;
}

}  // namespace podrun::cli
