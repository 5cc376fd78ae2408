import type { APIRoute } from 'astro';
import { getPhrases } from '../../lib/analysis/analysis-data.ts';
import { comparePhrasesFile } from '../../lib/compare/compare-phrases.ts';

/** `compare/phrases.json`: which documents share which phrases, fetched by the compare page. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(comparePhrasesFile(getPhrases().phrases)), {
    headers: { 'content-type': 'application/json' },
  });
