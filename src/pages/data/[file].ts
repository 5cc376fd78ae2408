import type { APIRoute } from 'astro';
import { listDataFiles } from '../../lib/corpus.ts';
import { publishedName } from '../../lib/data-dictionary/data-files.ts';
import { publishedBytes } from '../../lib/data-dictionary/published-files.ts';

/** Serves every file of `content/data/` at `<base>/data/<file>`, or `<file>.gz` where publishedName says so. */
export function getStaticPaths() {
  return listDataFiles().map((file) => ({ params: { file: publishedName(file) }, props: { file } }));
}

export const GET: APIRoute<{ file: string }> = async ({ props }) => new Response(await publishedBytes(props.file));
