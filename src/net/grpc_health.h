// The kubelet's gRPC probe: `grpc.health.v1.Health/Check` over plaintext HTTP/2 (h2c with prior
// knowledge, no TLS), one request, one verdict.
//
// HTTP/2 is libnghttp2's (framing, HPACK, flow control); the one protobuf message each way is
// encoded here by hand, as it is two fields:
//
//   HealthCheckRequest  { string service = 1; }
//   HealthCheckResponse { ServingStatus status = 1; }   UNKNOWN 0, SERVING 1, NOT_SERVING 2,
//                                                        SERVICE_UNKNOWN 3
//
// A gRPC message on the wire is a 5-byte prefix (a compressed flag, then the length, 4 bytes
// big-endian) and the message. The status comes in the trailers (grpc-status, grpc-message),
// or in the headers of a trailers-only response.
//
// The verdicts are the kubelet's words (pkg/probe/grpc): "service unhealthy (responded with
// "NOT_SERVING")", "timeout: health rpc did not complete within 1s", "error: health rpc probe
// failed: rpc error: code = NotFound desc = unknown service". Like grpc-go's blocking dial,
// a refused connection is tried again (after 1 s, then 1.6 s, ...) until the probe's timeout.
//
// The pod supervisor cannot link libnghttp2 (it is static, against musl); it runs `podrun
// probe grpc` (cli/cmd_probe.cc), which calls check_health().
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podrun::net {

// --- the messages (pure; tested) --------------------------------------------------------------

// A serialized HealthCheckRequest (empty for service "": proto3 leaves default values out).
std::string health_check_request(std::string_view service);

// The status of a serialized HealthCheckResponse (0 when the field is absent, as proto3
// reads it); unknown fields are skipped. nullopt, and `error` set, when it is not protobuf.
std::optional<std::int32_t> health_check_response_status(std::string_view message, std::string* error = nullptr);

// "SERVING", ...; a value the enum does not name prints as its number, as Go's String() does.
std::string serving_status_name(std::int32_t status);

// A gRPC message with its 5-byte prefix (not compressed).
std::string grpc_frame(std::string_view message);

// The messages of a response body. nullopt, and `error` set, when the body is not whole
// messages, or one is compressed (the request offered no compression).
std::optional<std::vector<std::string>> grpc_unframe(std::string_view body, std::string* error = nullptr);

// The name of a gRPC status code as grpc-go prints it ("NotFound"; "Code(42)" beyond them).
std::string grpc_code_name(int code);

// grpc-message is percent-encoded (the gRPC HTTP/2 protocol): "%20" → " ".
std::string grpc_percent_decode(std::string_view text);

// A duration as Go's time.Duration prints it: "1s", "500ms", "1.5s", "1m30s", "1h0m0s".
std::string go_duration(std::chrono::milliseconds d);

// --- the call --------------------------------------------------------------------------------

// What came back on the RPC's stream (or did not), before it is judged.
struct Http2Reply {
  int http_status = 0;                     // :status
  std::string content_type;                // content-type
  std::optional<std::string> grpc_status;  // from the trailers, or the headers of a trailers-only reply
  std::string grpc_message;                // as sent (percent-encoded)
  std::string body;                        // the DATA frames
  std::uint32_t reset_code = 0;            // the stream was reset: the HTTP/2 error code
  bool connection_lost = false;            // the connection closed before the stream ended
};

// How the call ended.
struct RpcResult {
  enum class Kind {
    NotConnected,      // no HTTP/2 connection by the deadline (`detail`: the last attempt's error)
    DeadlineExceeded,  // connected, no answer by the deadline
    Status,            // an answer: `code`, `detail` (the status message), `serving` when OK
  } kind = Kind::Status;
  int code = 0;
  std::string detail;
  std::optional<std::int32_t> serving;
};

// The status a reply carries, as grpc-go's client reads it: the trailers' grpc-status, else
// one made of the HTTP status, the reset code or the missing trailers (pure; tested).
RpcResult rpc_result(const Http2Reply& reply);

struct HealthVerdict {
  bool ok = false;
  std::string message;  // the kubelet's probe output ("service healthy" when ok)
};

// The kubelet's verdict on a result; `address` is "host:port" (pure; tested).
HealthVerdict health_verdict(const RpcResult& r, const std::string& address, std::chrono::milliseconds timeout);

struct HealthCheck {
  std::string address = "127.0.0.1";  // an IPv4 or IPv6 address (no names: the kubelet dials the pod IP)
  int port = 0;
  std::string service;
  std::chrono::milliseconds timeout{1000};
  std::string user_agent = "kube-probe/1.35";
};

// Connects, calls Check and judges the answer, all within `timeout`. Every failure, the
// server's or the network's, is a verdict; throws only for an address that is not one.
HealthVerdict check_health(const HealthCheck& c);

}  // namespace podrun::net
