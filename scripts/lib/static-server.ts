/**
 * A small static file server for the built site: what `npm start` and the browser tests use.
 * It serves `dir` under `base` only, so a link that forgets the base 404s here as it would on
 * the real host.
 */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  // Pagefind's index chunks are gzipped binary blobs that its script fetches and decodes itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface ServeOptions {
  /** The URL path the site lives under, e.g. "/park-plans-compared/"; defaults to "/". */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** The site's root URL, base included, ending in "/". */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The content type for a file name, by extension; unknown ones are served as bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** "/park-plans-compared" and "park-plans-compared/" both become "/park-plans-compared/". */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Serves the files of `dir` over HTTP until `close()`; directories answer with their index.html. */
export async function serveDir(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const base = normalizeBase(options.base);
  const server = createServer((request, response) => {
    handle(root, base, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done);
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${base}`,
    port,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(root: string, base: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/' && base !== '/') {
    response.writeHead(302, { location: base }).end();
    return;
  }
  if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) return notFound(root, response);

  let path: string;
  try {
    path = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return notFound(root, response);
  }
  const file = resolve(root, `.${sep}${path}`);
  if (file !== root && !file.startsWith(root + sep)) return notFound(root, response);

  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { location: `${redirectPath(root, base, file)}${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    if (await isFile(index)) return send(response, request, index, 200);
    return notFound(root, response);
  }
  if (info?.isFile()) return send(response, request, file, 200);
  // Astro's "file" build format writes about.html for /about.
  if (await isFile(`${file}.html`)) return send(response, request, `${file}.html`, 200);
  return notFound(root, response);
}

/**
 * The address of folder `file` with its trailing slash, built from the resolved path, never from
 * the request: "/.//evil.com/..%2fdocs" names the folder docs, and echoing it back would send the
 * browser to //evil.com/ (another host).
 */
export function redirectPath(root: string, base: string, file: string): string {
  const segments = relative(root, file)
    .split(sep)
    .filter((s) => s !== '');
  return `${base}${segments
    .map(encodeURIComponent)
    .map((s) => `${s}/`)
    .join('')}`;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

function send(response: ServerResponse, request: IncomingMessage, file: string, status: number): Promise<void> {
  response.writeHead(status, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
  if (request.method === 'HEAD') {
    response.end();
    return Promise.resolve();
  }
  return new Promise((done, fail) => {
    createReadStream(file).on('error', fail).on('end', done).pipe(response);
  });
}

async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = join(root, '404.html');
  if (await isFile(page)) {
    response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
    createReadStream(page).pipe(response);
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
