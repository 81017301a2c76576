"""Serves a folder on loopback the way a real static host does: gzip-compressed when the browser
accepts it. Python's http.server sends every file raw, so a benchmark behind it (Lighthouse's
simulated mobile network most of all) would charge the page for 1.4 MB it never sends from a
real host. Usage: python3 scripts/serve_compressed.py PORT FOLDER
"""
import functools
import gzip
import http.server
import io
import sys

COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest", "/")


class Handler(http.server.SimpleHTTPRequestHandler):
    cache = {}

    def send_head(self):
        path = self.translate_path(self.path)
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not wants_gzip or not self.path.split("?")[0].endswith(COMPRESSIBLE):
            return super().send_head()
        if self.path.split("?")[0].endswith("/"):
            path = path.rstrip("/") + "/index.html"
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError:
            return super().send_head()
        body = self.cache.get(path)
        if body is None or body[0] != raw:
            body = (raw, gzip.compress(raw, 6))
            self.cache[path] = body
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body[1])))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return io.BytesIO(body[1])

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    Handler.extensions_map = {**Handler.extensions_map, ".wasm": "application/wasm", ".js": "text/javascript"}
    handler = functools.partial(Handler, directory=folder)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
