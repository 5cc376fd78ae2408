/**
 * After `astro build`: the search index, the compare page's files and the offline files of the built site.
 *   node scripts/index-search.ts [DIR]     DIR defaults to $SITE_DIR, then dist; the base to $BASE_PATH.
 *
 * 1. the traditional -> simplified map            DIR/search/t2s.json
 * 2. Pagefind records of runs of sentences         DIR/pagefind/ (without fragments: the page never reads them)
 * 3. what turns Pagefind's positions into hits     DIR/search/records.json, DIR/search/themes.json, DIR/search/text/<n>-<b>.json.gz
 * 4. the search pages' preloads of Pagefind's entry and metadata, and of the chunks their scripts import
 *                                                  DIR/search/index.html, DIR/en/search/index.html
 * 5. the sentences for file:// and the page script DIR/search/search-fallback.js, DIR/search/search-app.js
 * 6. build facts for `npm run pack`                DIR/search/build.json
 * 7. each document's tagged sentences for the compare page   DIR/compare/passages/<doc>.json.gz
 * 8. the service worker and the list of every file DIR/sw.js, DIR/offline-files.json (last: they hash everything else)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { getCodebook, getDocuments, getPassages, getPassagesOf } from '../src/lib/corpus.ts';
import { serializeCharMap } from '../src/lib/search/char-map.ts';
import { normalizeBase } from './lib/static-server.ts';
import { bundleSearchApp } from './lib/search/bundle-app.ts';
import { writeComparePassages } from './lib/compare/passage-files.ts';
import { fallbackScript } from './lib/search/fallback-data.ts';
import { pageIds } from './lib/search/page-ids.ts';
import { addModulePreloads } from './lib/search/module-preloads.ts';
import { addPagefindPreloads, metaHash, type PagefindEntry } from './lib/search/pagefind-preloads.ts';
import { recordTable, searchRecords, sectionHeadings, themeTable } from './lib/search/records.ts';
import { serializeRecordTable, serializeThemeTable, TEXT_BLOCK, textFile } from '../src/lib/search/record-table.ts';
import { buildT2sMap, corpusT2sMap } from '../src/shared/search/t2s-map.ts';
import { listSiteFiles, SERVICE_WORKER_FILE } from './lib/offline/precache.ts';
import { serviceWorkerSource, SITE_LIST_FILE } from './lib/offline/service-worker.ts';
import { readSiteConfig } from '../src/lib/site-config.ts';
import { gzipJson } from '../src/lib/gzip-json.ts';

const GENERATOR = 'scripts/index-search.ts';

const dir = process.argv[2] ?? process.env['SITE_DIR'] ?? 'dist';
const base = normalizeBase(process.env['BASE_PATH']);
const started = performance.now();

const docs = getDocuments();
const passages = getPassages();
const t2s = corpusT2sMap(buildT2sMap(), [
  ...passages.map((p) => p.text),
  ...docs.flatMap((d) => [d.title, ...sectionHeadings(d).values()]),
  ...getCodebook().aliases.flatMap((a) => [a.query, ...a.expands]),
]);
const searchDir = join(dir, 'search');
mkdirSync(searchDir, { recursive: true });
writeFileSync(join(searchDir, 't2s.json'), JSON.stringify(serializeCharMap(t2s)));

const built = searchRecords(passages, docs, t2s);
const { index, errors: createErrors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
for (const { custom } of built.pages) {
  const { errors } = await index.addCustomRecord(custom);
  if (errors.length > 0) throw new Error(`Pagefind refused ${custom.url}: ${errors.join('; ')}`);
}
const pagefindDir = join(dir, 'pagefind');
rmSync(pagefindDir, { recursive: true, force: true });
// Pagefind builds and writes its index in its own process; meanwhile this one writes the files
// that do not depend on it (at 1,000 documents some 3 s of the 7 s Pagefind takes).
const writing = index.writeFiles({ outputPath: pagefindDir });
writeFileSync(join(searchDir, 'themes.json'), JSON.stringify(serializeThemeTable(themeTable(built))));
const textDir = join(searchDir, 'text');
rmSync(textDir, { recursive: true, force: true });
mkdirSync(textDir);
built.records.forEach((record, n) => {
  for (let k = 0; k < record.texts.length; k += TEXT_BLOCK)
    writeFileSync(join(textDir, textFile(n, k).file), gzipJson(record.texts.slice(k, k + TEXT_BLOCK)));
});
writeFileSync(join(searchDir, 'search-fallback.js'), fallbackScript(passages, docs, t2s, GENERATOR));
writeFileSync(join(searchDir, 'search-app.js'), await bundleSearchApp(GENERATOR));
writeFileSync(
  join(searchDir, 'build.json'),
  `${JSON.stringify({ generator: GENERATOR, base, documents: docs.length, records: built.records.length }, null, 2)}\n`,
);
writeComparePassages(dir, docs, getPassagesOf);
const written = await writing;
if (written.errors.length > 0) throw new Error(`Pagefind could not write ${pagefindDir}: ${written.errors.join('; ')}`);
await pagefind.close();
// The fragments repeat the records' content; the page takes texts from search/text/ and never asks for them.
const fragmentDir = join(pagefindDir, 'fragment');
const pages = pageIds(readdirSync(fragmentDir).map((name) => ({ name, bytes: readFileSync(join(fragmentDir, name)) })));
rmSync(fragmentDir, { recursive: true, force: true });
writeFileSync(join(searchDir, 'records.json'), JSON.stringify(serializeRecordTable(recordTable(built, pages))));

// The search pages preload Pagefind's entry file, tagged with the metadata's hash, and the metadata.
const hash = metaHash(JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
// A site path under the base ("/base/_astro/x.js") as the file of the built site.
const siteFile = (path: string) => {
  if (!path.startsWith(base)) throw new Error(`${path} is outside the site's base ${base}`);
  return readFileSync(join(dir, path.slice(base.length)), 'utf8');
};
for (const page of ['search/index.html', 'en/search/index.html'].map((p) => join(dir, p)).filter((p) => existsSync(p)))
  writeFileSync(page, await addModulePreloads(addPagefindPreloads(readFileSync(page, 'utf8'), hash), siteFile));

const worker = serviceWorkerSource(listSiteFiles(dir), GENERATOR, readSiteConfig().id);
writeFileSync(join(dir, SERVICE_WORKER_FILE), worker.source);
writeFileSync(join(dir, SITE_LIST_FILE), worker.siteList);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `search: ${passages.length} sentences of ${docs.length} documents in ${built.records.length} records on ${built.pages.length} pages indexed into ${pagefindDir}; service worker stores a shell of ${worker.shell.length} files (${(worker.shellBytes / 1e6).toFixed(1)} MB), the whole site ${worker.urls.length} files (${(worker.bytes / 1e6).toFixed(1)} MB) on request (version ${worker.version}); ${seconds}s`,
);
