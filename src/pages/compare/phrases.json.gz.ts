import type { APIRoute } from 'astro';
import { getPhrases } from '../../lib/analysis/analysis-data.ts';
import { comparePhrasesFile } from '../../lib/compare/compare-phrases.ts';
import { gzipJsonResponse } from '../../lib/gzip-json.ts';

/** `compare/phrases.json.gz`: which documents share which phrases, fetched by the compare page. */
export const GET: APIRoute = () => gzipJsonResponse(comparePhrasesFile(getPhrases().phrases));
