import type { APIRoute } from 'astro';
import { listDataFiles, readDataFile } from '../../lib/corpus.ts';

/** Serves every file of `content/data/` verbatim at `<base>/data/<file>`. */
export function getStaticPaths() {
  return listDataFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(readDataFile(params.file!));
