import type { APIRoute } from 'astro';
import { getDocument, getDocuments, getPassagesOf } from '../../../lib/corpus.ts';
import { comparePassages } from '../../../lib/compare/compare-passages.ts';
import { gzipJsonResponse } from '../../../lib/gzip-json.ts';

/** `compare/passages/<doc>.json.gz`: one document's tagged sentences, fetched by the compare page. */
export function getStaticPaths() {
  return getDocuments().map((d) => ({ params: { doc: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const doc = getDocument(params.doc!);
  return gzipJsonResponse(comparePassages(doc, getPassagesOf(doc.id)));
};
