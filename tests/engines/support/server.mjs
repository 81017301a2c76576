// A static server for the release build, as a user's static host serves it, on loopback. It can be
// taken down and brought back on the same port: with the server gone, the origin is unreachable,
// which is "offline" in every engine alike (WebDriver has no common command for it; only
// chromedriver has one of its own).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export class StaticServer {
  constructor(root, port) {
    this.root = root;
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.server = null;
    this.sockets = new Set();
    // Every path asked for while up, so a test can say what reached the server.
    this.requests = [];
  }

  async handle(request, response) {
    const path = decodeURIComponent(new URL(request.url, this.base).pathname);
    this.requests.push(path);
    let file = normalize(join(this.root, path));
    if (file !== this.root && !file.startsWith(this.root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
        // Like python's http.server: no caching headers, so the service worker is what keeps files.
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  }

  /** Starts serving; resolves once the port is listening. */
  up() {
    return new Promise((resolve, reject) => {
      this.server = createServer((req, res) => this.handle(req, res).catch(() => res.destroy()));
      this.server.on('connection', (socket) => {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
      });
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  /** Stops listening and cuts every open connection: from now on the origin refuses connections. */
  down() {
    if (!this.server) return Promise.resolve();
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
