#include "image/http.h"

#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>

#define CURL_DISABLE_TYPECHECK  // setopt/getinfo through function pointers
#include <curl/curl.h>

#include "common/linkage.h"

namespace podrun::image {

namespace {

struct LibCurl {
  decltype(&::curl_global_init) global_init;
  decltype(&::curl_easy_init) easy_init;
  decltype(&::curl_easy_setopt) easy_setopt;
  decltype(&::curl_easy_perform) easy_perform;
  decltype(&::curl_easy_getinfo) easy_getinfo;
  decltype(&::curl_easy_cleanup) easy_cleanup;
  decltype(&::curl_easy_strerror) easy_strerror;
  decltype(&::curl_slist_append) slist_append;
  decltype(&::curl_slist_free_all) slist_free_all;
};

LibCurl load() {
  require_dynamic_build("a request to a registry", "libcurl");
  void* lib = ::dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (!lib) throw HttpError(std::string("cannot load libcurl (Debian package libcurl4): ") + ::dlerror());
  LibCurl c{};
  auto get = [lib](auto& fn, const char* name) {
    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(lib, name));
    if (!fn) throw HttpError(std::string("libcurl has no ") + name);
  };
  get(c.global_init, "curl_global_init");
  get(c.easy_init, "curl_easy_init");
  get(c.easy_setopt, "curl_easy_setopt");
  get(c.easy_perform, "curl_easy_perform");
  get(c.easy_getinfo, "curl_easy_getinfo");
  get(c.easy_cleanup, "curl_easy_cleanup");
  get(c.easy_strerror, "curl_easy_strerror");
  get(c.slist_append, "curl_slist_append");
  get(c.slist_free_all, "curl_slist_free_all");
  // Once, before any thread makes a handle (curl_global_init is not thread-safe everywhere).
  if (c.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw HttpError("curl_global_init failed");
  return c;  // loaded for the life of the process
}

const LibCurl& curl() {
  static const LibCurl c = load();  // thread-safe initialisation
  return c;
}

struct Transfer {
  const HttpRequest* req;
  HttpResponse* resp;
  long status = 0;  // of the response being received
};

std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string line(data, size * n);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (line.rfind("HTTP/", 0) == 0) {
    t->resp->headers.clear();  // a new response (after 100 Continue, or a proxy's CONNECT)
    auto sp = line.find(' ');
    t->status = sp == std::string::npos ? 0 : std::atol(line.c_str() + sp + 1);
    return size * n;
  }
  auto colon = line.find(':');
  if (colon == std::string::npos) return size * n;
  std::string name = line.substr(0, colon);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string value = line.substr(colon + 1);
  value.erase(0, value.find_first_not_of(" \t"));
  t->resp->headers[name].push_back(value);
  return size * n;
}

std::size_t on_data(char* data, std::size_t size, std::size_t n, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::size_t len = size * n;
  // Only a success's body goes to on_body: an error's (a registry's JSON errors) is kept to
  // be reported, never written where the blob goes.
  if (t->req->on_body && t->status >= 200 && t->status < 300) {
    if (!t->req->on_body(t->status, data, len)) {
      t->resp->aborted = true;
      return 0;  // CURLE_WRITE_ERROR
    }
    return len;
  }
  std::int64_t cap = t->req->on_body ? 64 << 10 : t->req->max_body;
  if (static_cast<std::int64_t>(t->resp->body.size() + len) > cap) {
    t->resp->aborted = true;
    return 0;
  }
  t->resp->body.append(data, len);
  return len;
}

}  // namespace

std::string HttpResponse::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() || it->second.empty() ? "" : it->second.front();
}

HttpResponse http_request(const HttpRequest& req) {
  const LibCurl& c = curl();
  HttpResponse resp;
  CURL* h = c.easy_init();
  if (!h) throw HttpError("curl_easy_init failed");
  struct Cleanup {
    const LibCurl& c;
    CURL* h;
    curl_slist* list = nullptr;
    ~Cleanup() {
      if (list) c.slist_free_all(list);
      c.easy_cleanup(h);
    }
  } cleanup{c, h};
  for (const auto& header : req.headers) cleanup.list = c.slist_append(cleanup.list, header.c_str());
  // curl adds "Expect:" and "Accept: */*" of its own; the registry client's headers replace them.
  Transfer t{&req, &resp};
  char errbuf[CURL_ERROR_SIZE] = {};
  c.easy_setopt(h, CURLOPT_URL, req.url.c_str());
  c.easy_setopt(h, CURLOPT_HTTPHEADER, cleanup.list);
  c.easy_setopt(h, CURLOPT_USERAGENT, "podrun");
  c.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // threads: no SIGALRM for DNS timeouts
  c.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  c.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  c.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, req.connect_timeout);
  c.easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1024L);
  c.easy_setopt(h, CURLOPT_LOW_SPEED_TIME, req.stall_timeout);
  c.easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  c.easy_setopt(h, CURLOPT_HEADERFUNCTION, &on_header);
  c.easy_setopt(h, CURLOPT_HEADERDATA, &t);
  c.easy_setopt(h, CURLOPT_WRITEFUNCTION, &on_data);
  c.easy_setopt(h, CURLOPT_WRITEDATA, &t);
  // 512 KiB receive buffer (the default is 16 KiB): a blob arrives in fewer, larger pieces,
  // each one a write callback, a write(2) and a wake-up of the thread unpacking it.
  c.easy_setopt(h, CURLOPT_BUFFERSIZE, 512L * 1024);
  if (req.method == "HEAD") c.easy_setopt(h, CURLOPT_NOBODY, 1L);
  std::string range;
  if (req.range_from > 0) {
    range = std::to_string(req.range_from) + "-";
    c.easy_setopt(h, CURLOPT_RANGE, range.c_str());
  }
  if (!req.verify_tls) {
    c.easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
    c.easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
  }
  if (!req.ca_file.empty()) c.easy_setopt(h, CURLOPT_CAINFO, req.ca_file.c_str());
  CURLcode rc = c.easy_perform(h);
  c.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &resp.status);
  if (rc != CURLE_OK && !(rc == CURLE_WRITE_ERROR && resp.aborted)) {
    resp.error = errbuf[0] ? std::string(errbuf) : std::string(c.easy_strerror(rc));
    switch (rc) {
      case CURLE_COULDNT_CONNECT:
      case CURLE_OPERATION_TIMEDOUT:
      case CURLE_PARTIAL_FILE:
      case CURLE_GOT_NOTHING:
      case CURLE_SEND_ERROR:
      case CURLE_RECV_ERROR:
      case CURLE_HTTP2:
      case CURLE_HTTP2_STREAM: resp.transient = true; break;
      case CURLE_SSL_CONNECT_ERROR:
      case CURLE_PEER_FAILED_VERIFICATION:
      case CURLE_SSL_CACERT_BADFILE:
      case CURLE_SSL_CERTPROBLEM: resp.tls_error = true; break;
      default: break;
    }
  }
  return resp;
}

std::string resolve_url(const std::string& base, const std::string& location) {
  auto scheme_end = base.find("://");
  std::string scheme = scheme_end == std::string::npos ? "https" : base.substr(0, scheme_end);
  std::size_t auth_start = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  std::size_t path_start = base.find('/', auth_start);
  std::string origin = base.substr(0, path_start);
  std::string lower = location;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0) return location;
  if (location.rfind("//", 0) == 0) return scheme + ":" + location;
  if (!location.empty() && location[0] == '/') return origin + location;
  // Relative to the base's directory (query dropped).
  std::string path = path_start == std::string::npos ? "/" : base.substr(path_start);
  path = path.substr(0, path.find('?'));
  return origin + path.substr(0, path.rfind('/') + 1) + location;
}

std::string url_authority(const std::string& url) {
  auto scheme_end = url.find("://");
  std::string scheme = scheme_end == std::string::npos ? "https" : url.substr(0, scheme_end);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  std::size_t start = scheme_end == std::string::npos ? 0 : scheme_end + 3;
  std::string auth = url.substr(start, url.find_first_of("/?#", start) - start);
  if (auto at = auth.rfind('@'); at != std::string::npos) auth = auth.substr(at + 1);  // userinfo
  std::transform(auth.begin(), auth.end(), auth.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  bool has_port = !auth.empty() && auth.back() != ']' &&
                  auth.find(':', auth.rfind(']') == std::string::npos ? 0 : auth.rfind(']')) != std::string::npos;
  if (!has_port) auth += scheme == "http" ? ":80" : ":443";
  return auth;
}

}  // namespace podrun::image
