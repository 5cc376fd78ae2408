/**
 * Serves a built site on http://localhost:4321 (PORT overrides), under BASE_PATH when the site
 * was built with one (the same variable astro.config.mjs reads): what `npm start` ends with.
 */
import { existsSync } from 'node:fs';
import { serveDir, type StaticServer } from './static-server.ts';

export async function serveSite(dir: string): Promise<StaticServer> {
  if (!existsSync(dir)) {
    console.error(`${dir}/ does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env['PORT'] ?? 4321);
  const server = await serveDir(dir, { base: process.env['BASE_PATH'] ?? '/', host: 'localhost', port });
  console.log(`Serving ${dir}/ at ${server.url.replace(/\/\/[^/]+:/, '//localhost:')} (Ctrl+C stops)`);
  return server;
}
