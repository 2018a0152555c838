#!/usr/bin/env python3
"""A fault-injecting proxy in front of a real registry, on 127.0.0.1, for the pull tests.

usage: registry_proxy.py PORT UPSTREAM_PORT CONTROL_JSON LOG

Every request is forwarded to the registry at 127.0.0.1:UPSTREAM_PORT, except as CONTROL_JSON
(read at each request, so the test changes it between pulls) says:
  "status_once":  {"429": N}      the next N manifest requests answer 429 (Retry-After: 0)
  "cut_once":     [DIGEST, ...]   the blob's first GET sends half its body, then closes
  "tamper":       [DIGEST, ...]   the blob's bytes are changed (same length)
  "tamper_manifests": true        a manifest's body gets a byte changed (whitespace)
  "manifest_404": true            every manifest is unknown (404 MANIFEST_UNKNOWN): not pushed yet
  "bearer":       {"user": U, "password": P}
                                  /v2/ wants a Bearer token from /token (which wants Basic U:P)
  "redirect_blobs": true          blob GETs are redirected to 127.0.0.2 (the same proxy), and
                                  the log says whether Authorization came along
One line per request goes to LOG: METHOD PATH STATUS range=R auth=yes|no host=H.
"""
import http.client
import http.server
import json
import sys
import threading

port, upstream, control_path, log_path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
lock = threading.Lock()
TOKEN = "podrun-test-token"


def control():
    try:
        with open(control_path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def save_control(c):
    with open(control_path, "w") as f:
        json.dump(c, f)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def log(self, status):
        with lock, open(log_path, "a") as f:
            f.write("%s %s %s range=%s auth=%s host=%s\n" % (
                self.command, self.path, status, self.headers.get("Range", "-"),
                "yes" if self.headers.get("Authorization") else "no", self.headers.get("Host", "-")))

    def reply(self, status, body=b"", headers=None):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.log(status)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        with lock:
            c = control()
        path = self.path
        bearer = c.get("bearer")
        if path.startswith("/token"):
            import base64
            want = "Basic " + base64.b64encode(("%s:%s" % (bearer["user"], bearer["password"])).encode()).decode()
            if self.headers.get("Authorization") != want:
                return self.reply(401, b'{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}')
            return self.reply(200, json.dumps({"token": TOKEN, "expires_in": 300}).encode(), {"Content-Type": "application/json"})
        # 127.0.0.2 plays the storage a registry redirects blobs to: it takes signed URLs,
        # not the registry's token.
        storage = self.headers.get("Host", "").startswith("127.0.0.2")
        if bearer and not storage and self.headers.get("Authorization") != "Bearer " + TOKEN:
            realm = "http://127.0.0.1:%d/token" % port
            return self.reply(401, b'{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}', {
                "WWW-Authenticate": 'Bearer realm="%s",service="podrun-test",scope="repository:x:pull"' % realm,
                "Content-Type": "application/json"})
        is_manifest = "/manifests/" in path
        is_blob = "/blobs/" in path
        digest = path.rsplit("/", 1)[-1]
        if is_manifest and c.get("manifest_404"):
            return self.reply(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}',
                              {"Content-Type": "application/json"})
        if is_manifest:
            with lock:
                c = control()
                n = c.get("status_once", {}).get("429", 0)
                if n > 0:
                    c["status_once"]["429"] = n - 1
                    save_control(c)
            if n > 0:
                return self.reply(429, b'{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}', {"Retry-After": "0"})
        if is_blob and c.get("redirect_blobs") and self.headers.get("Host", "").startswith("127.0.0.1"):
            return self.reply(307, b"", {"Location": "http://127.0.0.2:%d%s" % (port, path)})
        # Forward.
        conn = http.client.HTTPConnection("127.0.0.1", upstream, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "authorization")}
        conn.request(self.command, path, headers=headers)
        resp = conn.getresponse()
        body = resp.read()
        out_headers = {k: v for k, v in resp.getheaders() if k.lower() not in ("content-length", "transfer-encoding", "connection")}
        if is_blob and resp.status in (200, 206) and digest in c.get("tamper", []) and body:
            body = bytes([body[0] ^ 0xff]) + body[1:]
        if is_manifest and resp.status == 200 and c.get("tamper_manifests") and self.command == "GET":
            body = body + b" "
            out_headers.pop("Docker-Content-Digest", None)
        if is_blob and resp.status == 200 and self.command == "GET" and digest in c.get("cut_once", []):
            with lock:
                c = control()
                c["cut_once"].remove(digest)
                save_control(c)
            self.send_response(200)
            for k, v in out_headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.log("200-cut")
            self.close_connection = True
            return
        self.reply(resp.status, body, out_headers)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


# Loopback only: 127.0.0.2 is where blobs are redirected to (another host, as far as
# credentials go).
second = Server(("127.0.0.2", port), Handler)
threading.Thread(target=second.serve_forever, daemon=True).start()
Server(("127.0.0.1", port), Handler).serve_forever()
