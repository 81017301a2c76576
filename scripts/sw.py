#!/usr/bin/env python3
"""Trunk post_build hook, run after csp.py: write sw.js, the service worker that keeps the page working offline.

It precaches every file of the build, straight from the network (cache "reload": a conditional request can
be answered "not modified" from the HTTP cache when a file changed within the same second, which mixed an
old index.html into a new version), under a cache name made from a hash of their names and contents, so a
new deployment gives a new sw.js. The browser installs it next to the old one; it waits (the page offers a
reload) and, once told to take over, deletes the old cache. Every file comes from one cache: never a mix.

The PDF reader (pdfjs/: pdf.js, its worker and js/pdf-read.mjs, over 500 KB gzip) and the document reader's
worker (reader_loader.js, reader.js and reader_bg.wasm: the Word, OpenDocument and PDF-structuring wasm) are not precached:
most visits open no document. Nor is the Welsh text (public/i18n/), fetched when Welsh is first chosen. It is cached in the same cache when first fetched, so it then works offline, and
goes with that cache at the next deployment (its bytes count in the version, so a new pdf.js is one).
"""
import hashlib
import json
import os
import sys

WORKER = """\
const P="spec-lens "+registration.scope+" ",C=P+"{version}",F={files},L=/\\/({lazy})[^/]+$/;
addEventListener("install",e=>e.waitUntil(caches.open(C).then(c=>c.addAll(F.map(f=>new Request(f,{{cache:"reload"}}))))));
addEventListener("activate",e=>e.waitUntil(caches.keys().then(k=>Promise.all(k.filter(n=>n!=C&&n.startsWith(P)).map(n=>caches.delete(n))))));
addEventListener("message",e=>{{if(e.data=="skipWaiting")skipWaiting()}});
addEventListener("fetch",e=>{{const r=e.request,u=new URL(r.url);if(r.method!="GET"||u.origin!=location.origin)return;
const k=r.mode=="navigate"&&/\\/(index\\.html)?$/.test(u.pathname)?"index.html":r;
e.respondWith(caches.match(k,{{cacheName:C}}).then(m=>m||fetch(r).then(s=>{{if(s.ok&&L.test(u.pathname)){{const c=s.clone();
e.waitUntil(caches.open(C).then(x=>x.put(r,c)))}}return s}})))}});
"""
# `trunk serve` rebuilds on every edit: a caching worker would keep serving the old build, so a debug
# build gets a worker that removes itself and its caches.
DEBUG_WORKER = """\
addEventListener("install",()=>skipWaiting());
addEventListener("activate",e=>e.waitUntil(caches.keys()
.then(k=>Promise.all(k.filter(n=>n.startsWith("spec-lens ")).map(n=>caches.delete(n))))
.then(()=>registration.unregister())));
"""


# Fetched on first use, then cached: never precached. The list is scripts/lazy.txt, shared with the
# size check and the benchmark.
LAZY = tuple(
    line.strip()
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lazy.txt"), encoding="utf-8")
    if line.strip() and not line.startswith("#")
)


def is_lazy(rel: str) -> bool:
    return rel.startswith(LAZY)


def build_files(staging: str) -> list:
    files = []
    for root, _dirs, names in os.walk(staging):
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
            if rel != "sw.js":
                files.append(rel)
    return sorted(files)


def main() -> int:
    staging = os.environ.get("TRUNK_STAGING_DIR", "dist")
    files = build_files(staging)
    if "index.html" not in files:
        print("sw.py: no index.html in " + staging, file=sys.stderr)
        return 1
    if os.environ.get("TRUNK_PROFILE") == "debug":
        worker = DEBUG_WORKER
    else:
        digest = hashlib.sha256()
        for rel in files:
            with open(os.path.join(staging, rel), "rb") as f:
                data = f.read()
            digest.update(b"%d:%s:%d:" % (len(rel.encode()), rel.encode(), len(data)) + data)
        listed = json.dumps([f for f in files if not is_lazy(f)], separators=(",", ":"))
        lazy = "|".join(prefix.replace("/", "\\/") for prefix in LAZY)
        worker = WORKER.format(version=digest.hexdigest()[:16], files=listed, lazy=lazy)
    with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
        f.write(worker)
    return 0


if __name__ == "__main__":
    sys.exit(main())
