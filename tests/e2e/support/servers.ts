import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The release build, and where the suite serves it: at a site root, and under a sub-path. */
// E2E_DIST tests another build, e.g. one made with `trunk build --release --public-url /spec-lens/ --dist /tmp/x`.
export const DIST = resolve(process.env.E2E_DIST ?? resolve(__dirname, '..', '..', '..', 'dist'));
export const PORT = Number(process.env.E2E_PORT ?? 8099);
export const BASE = `http://127.0.0.1:${PORT}`;
// The second server's root holds `spec-lens`, a link to dist/, and any copies a test deploys beside it.
export const SUB_PORT = PORT + 1;
export const SUB_ROOT = join(tmpdir(), `spec-lens-e2e-${SUB_PORT}`);
export const SUB_PATH = '/spec-lens/';
export const SUB_BASE = `http://127.0.0.1:${SUB_PORT}`;
