// The gRPC probe: the protobuf and gRPC framing by hand, the kubelet's verdicts, and the client
// against a real HTTP/2 server on loopback (nghttp2's server side, in a thread).
#include <arpa/inet.h>
#include <netinet/in.h>
#include <nghttp2/nghttp2.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <map>
#include <thread>

#include "common/fd.h"
#include "net/grpc_health.h"

using namespace podrun::net;
using podrun::UniqueFd;
using std::chrono::milliseconds;

TEST_CASE("grpc: HealthCheckRequest is field 1, length-delimited, and empty for no service", "[net][grpc]") {
  CHECK(health_check_request("") == "");
  CHECK(health_check_request("a") == std::string("\x0a\x01"
                                                 "a",
                                                 3));
  std::string svc(200, 's');  // a length over 127 takes two varint bytes: 200 = 0xc8 0x01
  std::string req = health_check_request(svc);
  REQUIRE(req.size() == 203);
  CHECK(req.substr(0, 3) == std::string("\x0a\xc8\x01", 3));
  CHECK(req.substr(3) == svc);
}

TEST_CASE("grpc: HealthCheckResponse's status, unknown fields skipped, bad input refused", "[net][grpc]") {
  CHECK(health_check_response_status("") == 0);  // proto3: an absent enum is its zero
  CHECK(health_check_response_status(std::string("\x08\x01", 2)) == 1);
  CHECK(health_check_response_status(std::string("\x08\x02", 2)) == 2);
  CHECK(health_check_response_status(std::string("\x08\x03", 2)) == 3);
  // Fields the message does not have (a newer server's): varint, fixed64, bytes, fixed32.
  std::string extra = std::string("\x10\x96\x01", 3) + std::string("\x19", 1) + std::string(8, 'x') + std::string("\x22\x02hi", 4) +
                      std::string("\x2d", 1) + std::string(4, 'y') + std::string("\x08\x01", 2);
  CHECK(health_check_response_status(extra) == 1);
  CHECK(health_check_response_status(std::string("\x08\x01\x08\x02", 4)) == 2);  // the last one wins
  // A negative enum is ten varint bytes, read as an int32.
  CHECK(health_check_response_status(std::string("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 11)) == -1);
  std::string why;
  CHECK_FALSE(health_check_response_status(std::string("\x08", 1), &why));
  CHECK(why == "truncated varint");
  CHECK_FALSE(health_check_response_status(std::string("\x22\x05hi", 4), &why));
  CHECK(why == "length past the end of the message");
  CHECK_FALSE(health_check_response_status(std::string("\x0a\x01x", 3), &why));
  CHECK_THAT(why, Catch::Contains("wire type 2, not varint"));
  CHECK_FALSE(health_check_response_status(std::string("\x0b", 1), &why));
  CHECK(why == "unsupported wire type 3");
  CHECK_FALSE(health_check_response_status(std::string("\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12), &why));
  CHECK(serving_status_name(2) == "NOT_SERVING");
  CHECK(serving_status_name(3) == "SERVICE_UNKNOWN");
  CHECK(serving_status_name(7) == "7");
}

TEST_CASE("grpc: messages carry a 5-byte prefix: not compressed, length big-endian", "[net][grpc]") {
  CHECK(grpc_frame("") == std::string(5, '\0'));
  std::string big(0x010203, 'm');
  std::string f = grpc_frame(big);
  CHECK(f.substr(0, 5) == std::string("\x00\x00\x01\x02\x03", 5));
  auto back = grpc_unframe(grpc_frame("ab") + grpc_frame(""));
  REQUIRE(back);
  CHECK(*back == std::vector<std::string>{"ab", ""});
  std::string why;
  CHECK_FALSE(grpc_unframe(std::string("\x00\x00\x00", 3), &why));
  CHECK_THAT(why, Catch::Contains("prefix cut short"));
  CHECK_FALSE(grpc_unframe(std::string("\x00\x00\x00\x00\x09"
                                       "abc",
                                       8),
                           &why));
  CHECK_THAT(why, Catch::Contains("cut short"));
  CHECK_FALSE(grpc_unframe(std::string("\x01\x00\x00\x00\x00", 5), &why));
  CHECK(why == "grpc: compressed flag set with identity or empty encoding");
}

TEST_CASE("grpc: names and durations as grpc-go and Go print them", "[net][grpc]") {
  CHECK(grpc_code_name(5) == "NotFound");
  CHECK(grpc_code_name(12) == "Unimplemented");
  CHECK(grpc_code_name(16) == "Unauthenticated");
  CHECK(grpc_code_name(17) == "Code(17)");
  CHECK(grpc_percent_decode("unknown%20service%3A%20x") == "unknown service: x");
  CHECK(grpc_percent_decode("100%") == "100%");
  CHECK(grpc_percent_decode("%zz") == "%zz");
  CHECK(go_duration(milliseconds(1000)) == "1s");
  CHECK(go_duration(milliseconds(500)) == "500ms");
  CHECK(go_duration(milliseconds(1500)) == "1.5s");
  CHECK(go_duration(milliseconds(60'000)) == "1m0s");
  CHECK(go_duration(milliseconds(90'000)) == "1m30s");
  CHECK(go_duration(milliseconds(3'600'000)) == "1h0m0s");
  CHECK(go_duration(milliseconds(0)) == "0s");
}

TEST_CASE("grpc: the status of a reply, from trailers, a trailers-only reply, or what is missing", "[net][grpc]") {
  Http2Reply ok;
  ok.http_status = 200;
  ok.content_type = "application/grpc";
  ok.body = grpc_frame(std::string("\x08\x02", 2));
  ok.grpc_status = "0";
  RpcResult r = rpc_result(ok);
  CHECK(r.code == 0);
  CHECK(r.serving == 2);

  Http2Reply only;  // trailers-only: the status in the headers, no body
  only.http_status = 200;
  only.content_type = "application/grpc";
  only.grpc_status = "5";
  only.grpc_message = "unknown%20service";
  r = rpc_result(only);
  CHECK(r.code == 5);
  CHECK(r.detail == "unknown service");

  Http2Reply none = ok;  // OK without a message
  none.body.clear();
  CHECK(rpc_result(none).code == 13);
  Http2Reply two = ok;
  two.body += grpc_frame("");
  CHECK_THAT(rpc_result(two).detail, Catch::Contains("cardinality violation"));
  Http2Reply garbage = ok;
  garbage.body = grpc_frame(std::string("\x0b", 1));
  CHECK_THAT(rpc_result(garbage).detail, Catch::StartsWith("grpc: failed to unmarshal the received message: "));

  Http2Reply http404;
  http404.http_status = 404;
  http404.content_type = "text/plain";
  r = rpc_result(http404);
  CHECK(r.code == 12);
  CHECK(r.detail == "unexpected HTTP status code received from server: 404");
  Http2Reply html;
  html.http_status = 200;
  html.content_type = "text/html";
  CHECK(rpc_result(html).code == 2);
  Http2Reply reset;
  reset.reset_code = NGHTTP2_REFUSED_STREAM;
  r = rpc_result(reset);
  CHECK(r.code == 14);
  CHECK(r.detail == "stream terminated by RST_STREAM with error code: REFUSED_STREAM");
  Http2Reply no_trailers = ok;
  no_trailers.grpc_status.reset();
  CHECK(rpc_result(no_trailers).detail == "server closed the stream without sending trailers");
  Http2Reply bad = ok;
  bad.grpc_status = "x1";
  CHECK(rpc_result(bad).code == 13);
}

TEST_CASE("grpc: the kubelet's verdicts", "[net][grpc]") {
  const std::string a = "10.85.0.7:9000";
  RpcResult r;
  r.serving = 1;
  CHECK(health_verdict(r, a, milliseconds(1000)).ok);
  CHECK(health_verdict(r, a, milliseconds(1000)).message == "service healthy");
  r.serving = 2;
  HealthVerdict v = health_verdict(r, a, milliseconds(1000));
  CHECK_FALSE(v.ok);
  CHECK(v.message == "service unhealthy (responded with \"NOT_SERVING\")");
  r.serving = 0;
  CHECK(health_verdict(r, a, milliseconds(1000)).message == "service unhealthy (responded with \"UNKNOWN\")");
  r.code = 5;
  r.detail = "unknown service";
  CHECK(health_verdict(r, a, milliseconds(1000)).message ==
        "error: health rpc probe failed: rpc error: code = NotFound desc = unknown service");
  r.code = 12;
  r.detail = "Method not found!";
  CHECK(health_verdict(r, a, milliseconds(1000)).message ==
        "error: this server does not implement the grpc health protocol (grpc.health.v1.Health): Method not found!");
  r.code = 4;
  CHECK(health_verdict(r, a, milliseconds(2000)).message == "timeout: health rpc did not complete within 2s");
  r.kind = RpcResult::Kind::DeadlineExceeded;
  CHECK(health_verdict(r, a, milliseconds(1000)).message == "timeout: health rpc did not complete within 1s");
  r.kind = RpcResult::Kind::NotConnected;
  r.detail = "";
  CHECK(health_verdict(r, a, milliseconds(1000)).message ==
        "timeout: failed to connect service \"10.85.0.7:9000\" within 1s: context deadline exceeded");
  r.detail = "transport: Error while dialing: dial tcp 10.85.0.7:9000: connect: Connection refused";
  CHECK(health_verdict(r, a, milliseconds(1000)).message ==
        "timeout: failed to connect service \"10.85.0.7:9000\" within 1s: context deadline exceeded: connection error: desc = "
        "\"transport: Error while dialing: dial tcp 10.85.0.7:9000: connect: Connection refused\"");
}

namespace {

// A listening socket on 127.0.0.1, a port the kernel picks.
UniqueFd listen_loopback(int& port, bool listen_now = true) {
  UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  REQUIRE(fd);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&a), &len) == 0);
  port = ntohs(a.sin_port);
  if (listen_now) REQUIRE(::listen(fd.get(), 4) == 0);
  return fd;
}

// One connection of a gRPC health server, nghttp2's server side: answers Check with `status`
// (a ServingStatus), or with `grpc_code` in a trailers-only reply, or not at all (`hang`). It
// records the request's headers and body.
struct TinyServer {
  int serving = 1;
  int grpc_code = 0;
  bool hang = false;
  std::map<std::string, std::string> headers;
  std::string body;
  bool ended = false;
  std::int32_t stream = 0;
  std::string reply;
  std::size_t reply_sent = 0;

  void serve(int fd) {
    nghttp2_session_callbacks* cbs;
    nghttp2_session_callbacks_new(&cbs);
    nghttp2_session_callbacks_set_on_header_callback(
        cbs, [](nghttp2_session*, const nghttp2_frame* f, const uint8_t* n, size_t nl, const uint8_t* v, size_t vl, uint8_t, void* u) {
          auto* s = static_cast<TinyServer*>(u);
          s->stream = f->hd.stream_id;
          s->headers[std::string(reinterpret_cast<const char*>(n), nl)] = std::string(reinterpret_cast<const char*>(v), vl);
          return 0;
        });
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(
        cbs, [](nghttp2_session*, uint8_t, int32_t, const uint8_t* d, size_t l, void* u) {
          static_cast<TinyServer*>(u)->body.append(reinterpret_cast<const char*>(d), l);
          return 0;
        });
    nghttp2_session_callbacks_set_on_frame_recv_callback(cbs, [](nghttp2_session*, const nghttp2_frame* f, void* u) {
      if ((f->hd.type == NGHTTP2_DATA || f->hd.type == NGHTTP2_HEADERS) && (f->hd.flags & NGHTTP2_FLAG_END_STREAM))
        static_cast<TinyServer*>(u)->ended = true;
      return 0;
    });
    nghttp2_session* s;
    nghttp2_session_server_new(&s, cbs, this);
    nghttp2_session_callbacks_del(cbs);
    nghttp2_submit_settings(s, NGHTTP2_FLAG_NONE, nullptr, 0);
    reply = grpc_frame(std::string("\x08", 1) + static_cast<char>(serving));
    bool answered = false;
    char buf[4096];
    for (int rounds = 0; rounds < 200; ++rounds) {
      const uint8_t* out;
      ssize_t n;
      while ((n = nghttp2_session_mem_send(s, &out)) > 0)
        if (::write(fd, out, static_cast<size_t>(n)) != n) break;
      if (ended && !answered && !hang) {
        answered = true;
        std::string st = std::to_string(grpc_code);
        auto nv = [](const char* k, const std::string& v) {
          return nghttp2_nv{reinterpret_cast<uint8_t*>(const_cast<char*>(k)), reinterpret_cast<uint8_t*>(const_cast<char*>(v.data())),
                            std::strlen(k), v.size(), NGHTTP2_NV_FLAG_NONE};
        };
        std::string s200 = "200", ct = "application/grpc", msg = "unknown%20service";
        if (grpc_code != 0) {
          nghttp2_nv h[] = {nv(":status", s200), nv("content-type", ct), nv("grpc-status", st), nv("grpc-message", msg)};
          nghttp2_submit_headers(s, NGHTTP2_FLAG_END_STREAM, stream, nullptr, h, 4, nullptr);
        } else {
          nghttp2_nv h[] = {nv(":status", s200), nv("content-type", ct)};
          nghttp2_data_provider dp{};
          dp.source.ptr = this;
          // The trailers go after the last DATA: submitted from the read callback, as nghttp2
          // wants (HEADERS queued earlier would overtake the DATA).
          dp.read_callback = [](nghttp2_session* sess, int32_t id, uint8_t* b, size_t len, uint32_t* flags, nghttp2_data_source* src,
                                void*) {
            auto* self = static_cast<TinyServer*>(src->ptr);
            std::size_t n = std::min(len, self->reply.size() - self->reply_sent);
            std::memcpy(b, self->reply.data() + self->reply_sent, n);
            self->reply_sent += n;
            if (self->reply_sent == self->reply.size()) {
              *flags |= NGHTTP2_DATA_FLAG_EOF | NGHTTP2_DATA_FLAG_NO_END_STREAM;
              static const char k[] = "grpc-status", v[] = "0";
              nghttp2_nv t[] = {{reinterpret_cast<uint8_t*>(const_cast<char*>(k)), reinterpret_cast<uint8_t*>(const_cast<char*>(v)),
                                 sizeof k - 1, sizeof v - 1, NGHTTP2_NV_FLAG_NONE}};
              nghttp2_submit_trailer(sess, id, t, 1);
            }
            return static_cast<ssize_t>(n);
          };
          nghttp2_submit_response(s, stream, h, 2, &dp);
        }
        continue;
      }
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 50) <= 0) continue;
      ssize_t r = ::read(fd, buf, sizeof buf);
      if (r <= 0) break;
      nghttp2_session_mem_recv(s, reinterpret_cast<uint8_t*>(buf), static_cast<size_t>(r));
    }
    nghttp2_session_del(s);
  }
};

HealthVerdict probe_tiny(TinyServer& server, const std::string& service, milliseconds timeout = milliseconds(2000)) {
  int port = 0;
  UniqueFd l = listen_loopback(port);
  std::thread t([&] {
    UniqueFd c(::accept4(l.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (c) server.serve(c.get());
  });
  HealthCheck hc;
  hc.port = port;
  hc.service = service;
  hc.timeout = timeout;
  HealthVerdict v = check_health(hc);
  ::shutdown(l.get(), SHUT_RDWR);
  t.join();
  return v;
}

}  // namespace

TEST_CASE("grpc: the client against an HTTP/2 server on loopback", "[net][grpc]") {
  TinyServer serving;
  HealthVerdict v = probe_tiny(serving, "shop");
  CHECK(v.ok);
  CHECK(v.message == "service healthy");
  CHECK(serving.headers[":method"] == "POST");
  CHECK(serving.headers[":scheme"] == "http");
  CHECK(serving.headers[":path"] == "/grpc.health.v1.Health/Check");
  CHECK(serving.headers[":authority"].rfind("127.0.0.1:", 0) == 0);
  CHECK(serving.headers["content-type"] == "application/grpc");
  CHECK(serving.headers["te"] == "trailers");
  CHECK(serving.headers["user-agent"] == "kube-probe/1.35");
  CHECK(serving.headers["grpc-timeout"].back() == 'm');
  CHECK(serving.body == grpc_frame(health_check_request("shop")));

  TinyServer not_serving;
  not_serving.serving = 2;
  CHECK(probe_tiny(not_serving, "").message == "service unhealthy (responded with \"NOT_SERVING\")");
  CHECK(not_serving.body == std::string(5, '\0'));

  TinyServer unknown;
  unknown.grpc_code = 5;
  CHECK(probe_tiny(unknown, "nope").message == "error: health rpc probe failed: rpc error: code = NotFound desc = unknown service");

  TinyServer hangs;
  hangs.hang = true;
  auto start = std::chrono::steady_clock::now();
  v = probe_tiny(hangs, "", milliseconds(300));
  CHECK(v.message == "timeout: health rpc did not complete within 300ms");
  CHECK(std::chrono::steady_clock::now() - start < milliseconds(2000));
}

TEST_CASE("grpc: nothing listening, or something that is not HTTP/2, fails at the deadline", "[net][grpc]") {
  int port = 0;
  UniqueFd bound = listen_loopback(port, false);  // bound, not listening: refused
  HealthCheck hc;
  hc.port = port;
  hc.timeout = milliseconds(300);
  auto start = std::chrono::steady_clock::now();
  HealthVerdict v = check_health(hc);
  CHECK_FALSE(v.ok);
  CHECK_THAT(v.message, Catch::StartsWith("timeout: failed to connect service \"127.0.0.1:" + std::to_string(port) +
                                          "\" within 300ms: context deadline exceeded: connection error: desc = \"transport: Error "
                                          "while dialing: dial tcp 127.0.0.1:"));
  CHECK_THAT(v.message, Catch::Contains("connect: Connection refused"));
  CHECK(std::chrono::steady_clock::now() - start >= milliseconds(290));  // grpc-go waits for the deadline too

  // An HTTP/1.1 server: its answer is no HTTP/2 preface.
  UniqueFd l = listen_loopback(port);
  std::thread t([&] {
    UniqueFd c(::accept4(l.get(), nullptr, nullptr, SOCK_CLOEXEC));
    char buf[512];
    if (c && ::read(c.get(), buf, sizeof buf) > 0) {
      const char resp[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
      if (::write(c.get(), resp, sizeof resp - 1) < 0) {}
    }
  });
  hc.port = port;
  v = check_health(hc);
  ::shutdown(l.get(), SHUT_RDWR);
  t.join();
  CHECK_THAT(v.message,
             Catch::Contains("within 300ms: context deadline exceeded: connection error: desc = \"error reading server preface"));

  hc.address = "not-an-address";
  CHECK_THROWS_AS(check_health(hc), std::invalid_argument);
}
