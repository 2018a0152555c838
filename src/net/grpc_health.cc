#include "net/grpc_health.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <nghttp2/nghttp2.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

#include "common/fd.h"

namespace podrun::net {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// --- protobuf: the varint and length-delimited encodings, for two messages ---------------------

namespace {

void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

// Reads a varint at `pos`; false at the end of the input or past 10 bytes (64 bits).
bool get_varint(std::string_view in, std::size_t& pos, std::uint64_t& v) {
  v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos >= in.size()) return false;
    auto byte = static_cast<unsigned char>(in[pos++]);
    v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

}  // namespace

std::string health_check_request(std::string_view service) {
  std::string out;
  if (service.empty()) return out;
  put_varint(out, (1 << 3) | 2);  // field 1, length-delimited
  put_varint(out, service.size());
  out.append(service);
  return out;
}

std::optional<std::int32_t> health_check_response_status(std::string_view message, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<std::int32_t> {
    if (error) *error = why;
    return std::nullopt;
  };
  std::int32_t status = 0;
  std::size_t pos = 0;
  while (pos < message.size()) {
    std::uint64_t key = 0, v = 0;
    if (!get_varint(message, pos, key)) return fail("truncated field key");
    std::uint64_t field = key >> 3, wire = key & 7;
    if (field == 0) return fail("field number 0");
    switch (wire) {
      case 0:  // varint
        if (!get_varint(message, pos, v)) return fail("truncated varint");
        if (field == 1) status = static_cast<std::int32_t>(static_cast<std::uint32_t>(v));  // an enum is an int32
        break;
      case 1:  // 64-bit
        if (message.size() - pos < 8) return fail("truncated fixed64");
        pos += 8;
        break;
      case 2:  // length-delimited
        if (!get_varint(message, pos, v)) return fail("truncated length");
        if (v > message.size() - pos) return fail("length past the end of the message");
        pos += v;
        break;
      case 5:  // 32-bit
        if (message.size() - pos < 4) return fail("truncated fixed32");
        pos += 4;
        break;
      default: return fail("unsupported wire type " + std::to_string(wire));
    }
    if (field == 1 && wire != 0) return fail("status (field 1) has wire type " + std::to_string(wire) + ", not varint");
  }
  return status;
}

std::string serving_status_name(std::int32_t status) {
  static const char* const names[] = {"UNKNOWN", "SERVING", "NOT_SERVING", "SERVICE_UNKNOWN"};
  return status >= 0 && status < 4 ? names[status] : std::to_string(status);
}

// --- gRPC: the length-prefixed messages ----------------------------------------------------------

std::string grpc_frame(std::string_view message) {
  std::string out(5, '\0');
  auto n = static_cast<std::uint32_t>(message.size());
  for (int i = 0; i < 4; ++i) out[1 + i] = static_cast<char>((n >> (24 - 8 * i)) & 0xff);
  out.append(message);
  return out;
}

std::optional<std::vector<std::string>> grpc_unframe(std::string_view body, std::string* error) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < body.size()) {
    if (body.size() - pos < 5) {
      if (error) *error = "a message prefix cut short (" + std::to_string(body.size() - pos) + " of 5 bytes)";
      return std::nullopt;
    }
    auto flag = static_cast<unsigned char>(body[pos]);
    std::uint32_t n = 0;
    for (int i = 1; i <= 4; ++i) n = (n << 8) | static_cast<unsigned char>(body[pos + i]);
    if (flag != 0) {
      if (error) *error = "grpc: compressed flag set with identity or empty encoding";
      return std::nullopt;
    }
    pos += 5;
    if (n > body.size() - pos) {
      if (error) *error = "a message of " + std::to_string(n) + " bytes cut short at " + std::to_string(body.size() - pos);
      return std::nullopt;
    }
    out.emplace_back(body.substr(pos, n));
    pos += n;
  }
  return out;
}

std::string grpc_code_name(int code) {
  static const char* const names[] = {"OK",       "Canceled",       "Unknown",          "InvalidArgument",   "DeadlineExceeded",
                                      "NotFound", "AlreadyExists",  "PermissionDenied", "ResourceExhausted", "FailedPrecondition",
                                      "Aborted",  "OutOfRange",     "Unimplemented",    "Internal",          "Unavailable",
                                      "DataLoss", "Unauthenticated"};
  return code >= 0 && code <= 16 ? names[code] : "Code(" + std::to_string(code) + ")";
}

std::string grpc_percent_decode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);  // a '%' not followed by two hex digits is itself (as grpc-go reads it)
    }
  }
  return out;
}

std::string go_duration(milliseconds d) {
  long long ms = d.count();
  if (ms == 0) return "0s";
  std::string sign = ms < 0 ? "-" : "";
  if (ms < 0) ms = -ms;
  if (ms < 1000) return sign + std::to_string(ms) + "ms";
  long long h = ms / 3'600'000, m = ms / 60'000 % 60, s = ms / 1000 % 60, frac = ms % 1000;
  std::string secs = std::to_string(s);
  if (frac) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03lld", frac);
    std::string f = buf;
    while (f.back() == '0') f.pop_back();
    secs += f;
  }
  std::string out = sign;
  if (h) out += std::to_string(h) + "h";
  if (h || m) out += std::to_string(m) + "m";
  return out + secs + "s";
}

// --- judging the reply ---------------------------------------------------------------------------

namespace {

// grpc-go's codes for an HTTP status without grpc-status (the gRPC HTTP/2 protocol's table).
int code_of_http_status(int status) {
  switch (status) {
    case 400: return 13;  // Internal
    case 401: return 16;  // Unauthenticated
    case 403: return 7;   // PermissionDenied
    case 404: return 12;  // Unimplemented
    case 429:
    case 502:
    case 503:
    case 504: return 14;  // Unavailable
    default: return 2;    // Unknown
  }
}

const char* h2_error_name(std::uint32_t code) {
  static const char* const names[] = {"NO_ERROR",
                                      "PROTOCOL_ERROR",
                                      "INTERNAL_ERROR",
                                      "FLOW_CONTROL_ERROR",
                                      "SETTINGS_TIMEOUT",
                                      "STREAM_CLOSED",
                                      "FRAME_SIZE_ERROR",
                                      "REFUSED_STREAM",
                                      "CANCEL",
                                      "COMPRESSION_ERROR",
                                      "CONNECT_ERROR",
                                      "ENHANCE_YOUR_CALM",
                                      "INADEQUATE_SECURITY",
                                      "HTTP_1_1_REQUIRED"};
  return code < 14 ? names[code] : "UNKNOWN";
}

// grpc-go's codes for a stream reset by the server.
int code_of_reset(std::uint32_t code) {
  switch (code) {
    case NGHTTP2_REFUSED_STREAM: return 14;  // Unavailable
    case NGHTTP2_CANCEL: return 1;           // Canceled
    case NGHTTP2_FLOW_CONTROL_ERROR:
    case NGHTTP2_ENHANCE_YOUR_CALM: return 8;    // ResourceExhausted
    case NGHTTP2_INADEQUATE_SECURITY: return 7;  // PermissionDenied
    default: return 13;                          // Internal
  }
}

}  // namespace

RpcResult rpc_result(const Http2Reply& reply) {
  RpcResult r;
  r.kind = RpcResult::Kind::Status;
  auto status = [&](int code, std::string detail) {
    r.code = code;
    r.detail = std::move(detail);
    return r;
  };
  if (!reply.grpc_status) {
    if (reply.reset_code != 0)
      return status(code_of_reset(reply.reset_code),
                    std::string("stream terminated by RST_STREAM with error code: ") + h2_error_name(reply.reset_code));
    if (reply.connection_lost) return status(14, "error reading from server: EOF");
    if (reply.http_status != 200 && reply.http_status != 0)
      return status(code_of_http_status(reply.http_status),
                    "unexpected HTTP status code received from server: " + std::to_string(reply.http_status));
    if (reply.content_type.rfind("application/grpc", 0) != 0)
      return status(2, "transport: received unexpected content-type \"" + reply.content_type + "\"");
    return status(13, "server closed the stream without sending trailers");
  }
  const std::string& s = *reply.grpc_status;
  int code = -1;
  if (!s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos) code = std::stoi(s);
  if (code < 0) return status(13, "transport: malformed grpc-status: \"" + s + "\"");
  if (code != 0) return status(code, grpc_percent_decode(reply.grpc_message));
  std::string why;
  auto messages = grpc_unframe(reply.body, &why);
  if (!messages) return status(13, why);
  if (messages->empty()) return status(13, "cardinality violation: received no response message from non-server-streaming RPC");
  if (messages->size() > 1)
    return status(13, "cardinality violation: expected <EOF> for non server-streaming RPCs, but received another message");
  auto serving = health_check_response_status(messages->front(), &why);
  if (!serving) return status(13, "grpc: failed to unmarshal the received message: " + why);
  r.code = 0;
  r.serving = serving;
  return r;
}

HealthVerdict health_verdict(const RpcResult& r, const std::string& address, milliseconds timeout) {
  const std::string within = go_duration(timeout);
  switch (r.kind) {
    case RpcResult::Kind::NotConnected:
      return {false, "timeout: failed to connect service \"" + address + "\" within " + within + ": context deadline exceeded" +
                         (r.detail.empty() ? "" : ": connection error: desc = \"" + r.detail + "\"")};
    case RpcResult::Kind::DeadlineExceeded: return {false, "timeout: health rpc did not complete within " + within};
    case RpcResult::Kind::Status: break;
  }
  switch (r.code) {
    case 0: break;
    case 4: return {false, "timeout: health rpc did not complete within " + within};
    case 12: return {false, "error: this server does not implement the grpc health protocol (grpc.health.v1.Health): " + r.detail};
    default: return {false, "error: health rpc probe failed: rpc error: code = " + grpc_code_name(r.code) + " desc = " + r.detail};
  }
  std::int32_t s = r.serving.value_or(0);
  if (s != 1) return {false, "service unhealthy (responded with \"" + serving_status_name(s) + "\")"};
  return {true, "service healthy"};
}

// --- the call: a socket, an nghttp2 client session, one stream ------------------------------------

namespace {

struct SessionDeleter {
  void operator()(nghttp2_session* s) const { nghttp2_session_del(s); }
};
struct CallbacksDeleter {
  void operator()(nghttp2_session_callbacks* c) const { nghttp2_session_callbacks_del(c); }
};

// One connection's exchange. The callbacks fill `reply`; `preface_seen` is the server's
// SETTINGS, which is when grpc-go calls a connection ready (before it, a failure is the
// dial's, tried again; after it, the RPC's).
struct Exchange {
  std::string request_body;
  std::size_t sent = 0;
  std::int32_t stream_id = -1;
  bool preface_seen = false, closed = false;
  Http2Reply reply;
};

int on_header(nghttp2_session*, const nghttp2_frame* frame, const std::uint8_t* name, std::size_t namelen, const std::uint8_t* value,
              std::size_t valuelen, std::uint8_t, void* user) {
  auto* x = static_cast<Exchange*>(user);
  if (frame->hd.stream_id != x->stream_id) return 0;
  std::string_view n(reinterpret_cast<const char*>(name), namelen), v(reinterpret_cast<const char*>(value), valuelen);
  if (n == ":status") x->reply.http_status = std::atoi(std::string(v).c_str());
  else if (n == "content-type") x->reply.content_type = v;
  else if (n == "grpc-status") x->reply.grpc_status = std::string(v);
  else if (n == "grpc-message") x->reply.grpc_message = v;
  return 0;
}

int on_data_chunk(nghttp2_session*, std::uint8_t, std::int32_t stream_id, const std::uint8_t* data, std::size_t len, void* user) {
  auto* x = static_cast<Exchange*>(user);
  // A health reply is a few bytes; a server sending megabytes is not one.
  if (stream_id == x->stream_id && x->reply.body.size() < (1u << 20)) x->reply.body.append(reinterpret_cast<const char*>(data), len);
  return 0;
}

int on_frame_recv(nghttp2_session*, const nghttp2_frame* frame, void* user) {
  auto* x = static_cast<Exchange*>(user);
  if (frame->hd.type == NGHTTP2_SETTINGS && !(frame->hd.flags & NGHTTP2_FLAG_ACK)) x->preface_seen = true;
  return 0;
}

int on_stream_close(nghttp2_session*, std::int32_t stream_id, std::uint32_t error_code, void* user) {
  auto* x = static_cast<Exchange*>(user);
  if (stream_id != x->stream_id) return 0;
  x->closed = true;
  x->reply.reset_code = error_code;
  return 0;
}

ssize_t read_body(nghttp2_session*, std::int32_t, std::uint8_t* buf, std::size_t length, std::uint32_t* flags, nghttp2_data_source*,
                  void* user) {
  auto* x = static_cast<Exchange*>(user);
  std::size_t n = std::min(length, x->request_body.size() - x->sent);
  std::memcpy(buf, x->request_body.data() + x->sent, n);
  x->sent += n;
  if (x->sent == x->request_body.size()) *flags |= NGHTTP2_DATA_FLAG_EOF;
  return static_cast<ssize_t>(n);
}

int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left + 1, 1 << 30));  // +1: poll rounds down
}

// A socket address for "address", port; throws std::invalid_argument for a non-address.
socklen_t socket_address(const std::string& address, int port, sockaddr_storage& ss) {
  ss = {};
  auto* v4 = reinterpret_cast<sockaddr_in*>(&ss);
  if (::inet_pton(AF_INET, address.c_str(), &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons(static_cast<std::uint16_t>(port));
    return sizeof(sockaddr_in);
  }
  auto* v6 = reinterpret_cast<sockaddr_in6*>(&ss);
  if (::inet_pton(AF_INET6, address.c_str(), &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(static_cast<std::uint16_t>(port));
    return sizeof(sockaddr_in6);
  }
  throw std::invalid_argument("gRPC probe: " + address + " is not an IP address");
}

// Connects a non-blocking TCP socket by the deadline. An empty fd and `error` (grpc-go's
// words: "dial tcp 10.85.0.7:9000: connect: connection refused") when it could not.
UniqueFd dial(const sockaddr_storage& ss, socklen_t len, const std::string& address, Clock::time_point deadline, std::string& error) {
  UniqueFd fd(::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
  if (!fd) {
    error = std::string("dial tcp ") + address + ": socket: " + std::strerror(errno);
    return {};
  }
  int one = 1;
  ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // two small writes, no Nagle wait
  if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&ss), len) != 0) {
    if (errno != EINPROGRESS) {
      error = std::string("dial tcp ") + address + ": connect: " + std::strerror(errno);
      return {};
    }
    pollfd p{fd.get(), POLLOUT, 0};
    int n;
    while ((n = ::poll(&p, 1, remaining_ms(deadline))) < 0 && errno == EINTR) {}
    if (n == 0) return {};  // the deadline: no error of its own
    int err = 0;
    socklen_t elen = sizeof err;
    if (n < 0 || ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &err, &elen) != 0) err = errno;
    if (err != 0) {
      error = std::string("dial tcp ") + address + ": connect: " + std::strerror(err);
      return {};
    }
  }
  return fd;
}

enum class Outcome { Done, NotReady, Deadline };

// One attempt on a connected socket. Done: the stream ended (or the connection did, after the
// server's preface); NotReady: the connection failed before it (`error`); Deadline.
Outcome exchange(int fd, const HealthCheck& c, const std::string& address, Clock::time_point deadline, Exchange& x, std::string& error) {
  std::unique_ptr<nghttp2_session_callbacks, CallbacksDeleter> cbs;
  {
    nghttp2_session_callbacks* raw = nullptr;
    if (nghttp2_session_callbacks_new(&raw) != 0) throw std::bad_alloc();
    cbs.reset(raw);
  }
  nghttp2_session_callbacks_set_on_header_callback(cbs.get(), on_header);
  nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs.get(), on_data_chunk);
  nghttp2_session_callbacks_set_on_frame_recv_callback(cbs.get(), on_frame_recv);
  nghttp2_session_callbacks_set_on_stream_close_callback(cbs.get(), on_stream_close);
  std::unique_ptr<nghttp2_session, SessionDeleter> session;
  {
    nghttp2_session* raw = nullptr;
    if (nghttp2_session_client_new(&raw, cbs.get(), &x) != 0) throw std::bad_alloc();
    session.reset(raw);
  }
  nghttp2_session* s = session.get();
  nghttp2_settings_entry settings[] = {{NGHTTP2_SETTINGS_ENABLE_PUSH, 0}};
  nghttp2_submit_settings(s, NGHTTP2_FLAG_NONE, settings, 1);

  // grpc-timeout: the server may give up when the client will (the gRPC HTTP/2 protocol).
  std::string timeout = std::to_string(std::max(1, remaining_ms(deadline))) + "m";
  std::string path = "/grpc.health.v1.Health/Check";
  auto nv = [](const std::string& name, const std::string& value) {
    return nghttp2_nv{reinterpret_cast<std::uint8_t*>(const_cast<char*>(name.data())),
                      reinterpret_cast<std::uint8_t*>(const_cast<char*>(value.data())), name.size(), value.size(), NGHTTP2_NV_FLAG_NONE};
  };
  const std::string names[] = {":method", ":scheme", ":path", ":authority", "content-type", "user-agent", "te", "grpc-timeout"};
  const std::string values[] = {"POST", "http", path, address, "application/grpc", c.user_agent, "trailers", timeout};
  std::vector<nghttp2_nv> headers;
  for (std::size_t i = 0; i < std::size(names); ++i) headers.push_back(nv(names[i], values[i]));
  x.request_body = grpc_frame(health_check_request(c.service));
  nghttp2_data_provider body{};
  body.read_callback = read_body;
  x.stream_id = nghttp2_submit_request(s, nullptr, headers.data(), headers.size(), &body, nullptr);
  if (x.stream_id < 0) throw std::runtime_error(std::string("gRPC probe: nghttp2_submit_request: ") + nghttp2_strerror(x.stream_id));

  // A connection failure before the server's preface is the dial's; after it, the RPC's.
  auto lost = [&](const std::string& why) {
    if (!x.preface_seen) {
      error = why;
      return Outcome::NotReady;
    }
    x.reply.connection_lost = true;
    return Outcome::Done;
  };
  std::string out;
  char buf[16384];
  while (!x.closed) {
    const std::uint8_t* data = nullptr;
    ssize_t n;
    while ((n = nghttp2_session_mem_send(s, &data)) > 0) out.append(reinterpret_cast<const char*>(data), static_cast<std::size_t>(n));
    if (n < 0) return lost(std::string("http2: ") + nghttp2_strerror(static_cast<int>(n)));
    while (!out.empty()) {
      ssize_t w = ::send(fd, out.data(), out.size(), MSG_NOSIGNAL);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0 && errno == EAGAIN) break;
      if (w < 0) return lost(std::string("write: ") + std::strerror(errno));
      out.erase(0, static_cast<std::size_t>(w));
    }
    pollfd p{fd, static_cast<short>(POLLIN | (out.empty() ? 0 : POLLOUT)), 0};
    int ready = ::poll(&p, 1, remaining_ms(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0 || Clock::now() >= deadline) return Outcome::Deadline;
    if (!(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
    ssize_t r = ::recv(fd, buf, sizeof buf, 0);
    if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    // Before the server's preface, a reset (a server that closed with our request unread) is
    // grpc-go's "error reading server preface: read ...: connection reset by peer".
    if (r < 0) return lost(std::string(x.preface_seen ? "" : "error reading server preface: ") + "read: " + std::strerror(errno));
    if (r == 0) return lost(x.preface_seen ? "EOF" : "error reading server preface: EOF");
    ssize_t used = nghttp2_session_mem_recv(s, reinterpret_cast<const std::uint8_t*>(buf), static_cast<std::size_t>(r));
    if (used < 0) {
      // Not HTTP/2 (an HTTP/1 server's "HTTP/1.1 400 ..." is a bad frame to nghttp2).
      return lost(std::string("error reading server preface: http2: ") + nghttp2_strerror(static_cast<int>(used)));
    }
  }
  return Outcome::Done;
}

}  // namespace

HealthVerdict check_health(const HealthCheck& c) {
  const Clock::time_point deadline = Clock::now() + c.timeout;
  sockaddr_storage ss;
  socklen_t len = socket_address(c.address, c.port, ss);
  const std::string address = (c.address.find(':') == std::string::npos ? c.address : "[" + c.address + "]") + ":" + std::to_string(c.port);
  std::string last_error;  // grpc-go's words for the last failed attempt
  auto not_connected = [&] {
    RpcResult r;
    r.kind = RpcResult::Kind::NotConnected;
    r.detail = last_error;
    return health_verdict(r, address, c.timeout);
  };
  // grpc-go's blocking dial: a failed attempt is tried again after a back-off (1 s, x 1.6 each
  // time) until the deadline, and the verdict is the deadline's.
  milliseconds backoff{1000};
  for (;;) {
    Clock::time_point attempt = Clock::now();
    std::string error;
    UniqueFd fd = dial(ss, len, address, deadline, error);
    if (!error.empty()) last_error = "transport: Error while dialing: " + error;
    if (fd) {
      Exchange x;
      Outcome o = exchange(fd.get(), c, address, deadline, x, error);
      if (o == Outcome::Done) return health_verdict(rpc_result(x.reply), address, c.timeout);
      if (o == Outcome::Deadline && x.preface_seen) {
        RpcResult r;
        r.kind = RpcResult::Kind::DeadlineExceeded;
        return health_verdict(r, address, c.timeout);
      }
      if (o == Outcome::Deadline) return not_connected();
      last_error = error;
    }
    if (Clock::now() >= deadline) return not_connected();
    std::this_thread::sleep_until(std::min(attempt + backoff, deadline));
    if (Clock::now() >= deadline) return not_connected();
    backoff = milliseconds(backoff.count() * 16 / 10);
  }
}

}  // namespace podrun::net
