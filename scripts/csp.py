#!/usr/bin/env python3
"""Trunk post_build hook: write a strict Content-Security-Policy into the built index.html.

Trunk loads the wasm from an inline <script type="module">, which `script-src 'self'` alone
would block; allowing exactly that script by its SHA-256 keeps every other inline script out.
"""
import base64
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; worker-src 'self'; manifest-src 'self'"
)
# index.html holds <meta name="spec-lens-csp"> where the policy goes; the minifier keeps tags, not comments.
MARKER = re.compile(r"<meta[^>]*\bname=\"?spec-lens-csp\"?[^>]*>")


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR", "dist")
    path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    if not scripts:
        print("csp.py: no inline script found in index.html", file=sys.stderr)
        return 1
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    meta = '<meta http-equiv="Content-Security-Policy" content="{}">'.format(POLICY.format(hashes=hashes))
    if not MARKER.search(html):
        print('csp.py: index.html lacks <meta name="spec-lens-csp">', file=sys.stderr)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(MARKER.sub(lambda _: meta, html, count=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
