#!/usr/bin/env node
// Static server for the demo: serves web/ and dist/ from the repository on 127.0.0.1 with the
// right MIME types (module scripts and wasm streaming need them). "/" redirects to the demo.
// With `root` (the consumer tests' bundler outputs) it serves that whole folder instead.
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVED = ['web', 'dist'];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.d.ts': 'text/plain; charset=utf-8',
};

/** What the demo may load: its own files and wasm; engine output can never run or fetch. Images
 * of a pasted page load from their sites only when the reader clicks "Load image" (render-media.js). */
export const DEMO_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
  "style-src 'self'; img-src 'self' data: https: http:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/**
 * Starts the static server.
 * @param {{port?: number, host?: string, quiet?: boolean, root?: string|null,
 *   extraRoots?: Record<string, string>}} [o] root: serve that whole folder instead;
 *   extraRoots: URL prefix ("/bench/") -> absolute folder, for tools such as the benchmark page
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ port = 8080, host = '127.0.0.1', quiet = false, root = null, extraRoots = {} } = {}) {
  const base = root ? path.resolve(root) : ROOT;
  const server = createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://localhost');
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!root && (url.pathname === '/' || url.pathname === '/web/demo')) {
      res.writeHead(302, { Location: '/web/demo/' }).end();
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const prefix = Object.keys(extraRoots).find((p) => pathname.startsWith(p));
    const dir = prefix ? extraRoots[prefix] : base;
    let rel = (prefix ? pathname.slice(prefix.length) : pathname).replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(dir, rel);
    const top = path.relative(dir, file).split(path.sep)[0];
    if (!file.startsWith(dir + path.sep) || (!root && !prefix && !SERVED.includes(top))) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let st;
    try {
      st = statSync(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (st.isDirectory()) {
      res.writeHead(302, { Location: `${url.pathname}/` }).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-cache' };
    // The demo's own policy (its <meta> tag) as a header too, where frame-ancestors works; pages
    // of a served root or an extra root (consumer apps, the benchmark page) keep their own.
    if (type.startsWith('text/html') && !root && !prefix) headers['Content-Security-Policy'] = DEMO_CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      if (!quiet) console.log(`Pith demo: http://${host}:${addr.port}/  (Ctrl+C to stop)`);
      resolve(server);
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  let port = Number(process.env.PORT ?? 8080), host = '127.0.0.1';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') port = Number(argv[++i]);
    else if (argv[i] === '--host') host = argv[++i];
    else { console.error(`serve: unknown argument ${argv[i]}`); process.exit(2); }
  }
  startServer({ port, host }).catch((e) => {
    console.error(e.code === 'EADDRINUSE' ? `serve: port ${port} is in use; try PORT=8081 npm start` : `serve: ${e.message}`);
    process.exit(1);
  });
}
