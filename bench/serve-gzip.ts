// A static server for the production build that compresses like a real host: text responses are
// gzipped (once per file, then kept), so Lighthouse weighs what a reader downloads rather than the
// raw bytes. sirv only serves precompressed .gz files, which the build does not write.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve as resolvePath, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
/** Already compressed formats gain nothing from gzip. */
const COMPRESSED = new Set(['.woff2', '.woff', '.png', '.wasm']);

/** The file a URL path names: a folder's index.html, never anything outside `root`. */
async function locate(root: string, pathname: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return pathname.endsWith('/') ? locate(root, `${pathname}index.html`) : null;
  return info?.isFile() ? path : null;
}

/** Serves `root` on `port` until the returned server is closed. */
export async function serveGzip(root: string, port: number): Promise<Server> {
  const absoluteRoot = resolvePath(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = await locate(absoluteRoot, pathname);
    // A folder asked for without its slash moves to it, as static hosts do.
    if (!file && !pathname.endsWith('/') && (await locate(absoluteRoot, `${pathname}/`))) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    file ??= await locate(absoluteRoot, '/404.html');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream', vary: 'accept-encoding' };
    // Hashed assets never change under their name; pages are revalidated, like most static hosts do.
    headers['cache-control'] = pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    let body: Buffer = await readFile(file);
    if (!COMPRESSED.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const cached = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is taken: another server listens there`) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
