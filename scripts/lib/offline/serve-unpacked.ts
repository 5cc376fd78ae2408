/**
 * Entry of `serve.mjs` in the offline package: serves the folder the script sits in on
 * http://localhost:8000 (PORT overrides), with nothing to install but Node.js.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from '../static-server.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env['PORT'] ?? 8000);
const server = await serveDir(dir, { host: '127.0.0.1', port });
console.log(`园区工作计划比较 · Park Plans Compared: ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C stops)`);
