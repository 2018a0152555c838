// HTTP for the registry client: one request, one response, through libcurl (TLS, proxies from
// HTTPS_PROXY/NO_PROXY, HTTP/1.1 and 2). No redirects and no authentication here: the registry
// client follows redirects itself, so that it decides which host sees credentials
// (image/registry.h).
//
// libcurl is opened with dlopen on the first request, as libarchive is (image/libarchive.h):
// only commands that pull pay for loading it and its TLS libraries.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace podrun::image {

struct HttpError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct HttpRequest {
  std::string method = "GET";  // GET or HEAD
  std::string url;
  std::vector<std::string> headers;  // "Accept: ...", "Authorization: ..."
  std::int64_t range_from = 0;       // > 0: ask for bytes from here on (Range: bytes=N-)
  bool verify_tls = true;            // false only for a registry its owner listed as insecure
  std::string ca_file;               // extra CA bundle (certs.d/HOST/ca.crt); "" for the system's
  // A 2xx response's body, as it arrives; returning false aborts the transfer (the response
  // then says aborted). Unset, and for other statuses: the body is collected into
  // HttpResponse::body, up to max_body bytes (64 KiB for an error's body).
  std::function<bool(long status, const char* data, std::size_t n)> on_body;
  std::int64_t max_body = 4 << 20;
  // Seconds to connect, and a transfer slower than 1 KiB/s for this long is abandoned.
  long connect_timeout = 30, stall_timeout = 30;
};

struct HttpResponse {
  long status = 0;                                          // 0: no HTTP answer (see error)
  std::map<std::string, std::vector<std::string>> headers;  // lower-case names, every value
  std::string body;                                         // when the request had no on_body
  std::string error;                                        // transport error: what failed
  bool aborted = false;                                     // on_body said stop, or max_body was passed
  // A transport error worth another try (refused, reset, timed out, cut short); not a TLS
  // failure or an unknown host, which another try would only repeat.
  bool transient = false;
  bool tls_error = false;

  // The first value of a header, "" when absent.
  std::string header(const std::string& lower_name) const;
};

// Performs one request. Transport failures (DNS, refused, TLS, a reset mid-body) come back in
// `error` with status 0 or the status seen so far; throws HttpError only when libcurl cannot
// be loaded.
HttpResponse http_request(const HttpRequest& request);

// A Location header resolved against the URL it came from (relative or absolute).
std::string resolve_url(const std::string& base, const std::string& location);
// "host:port" of a URL as it compares for credentials (the scheme's default port made explicit).
std::string url_authority(const std::string& url);

}  // namespace podrun::image
