import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * `search/highlight.js`: src/client/search-highlight.ts as one ES module. A document page
 * imports it only when opened from a search result, so the other visits load no script file.
 * Bundled here rather than as a page `<script>`, which Vite would load on every document page.
 * Astro runs from the project root (npm scripts and the benchmark both do), which locates the entry.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/client/search-highlight.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(import.meta.env.BASE_URL) },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no search/highlight.js');
  return new Response(file.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
