/**
 * Metadata detection measured on the real documents of ../shared/real-docs: docs/ against
 * expected-metadata.json (every acceptable answer), more/ against more/manifest.json (a careful
 * first reading, not gold). Prints the figures; tests/real-metadata.test.ts holds those of docs/.
 * --gazetteer defaults to content/gazetteer/; --list prints each document's answers and misses.
 */
import { readFileSync } from 'node:fs';
import { GAZETTEER_DIR, readGazetteer } from './lib/gazetteer/load.ts';
import {
  detectFolder,
  REAL_DOCS,
  scoreExpected,
  scoreManifest,
  type Detected,
  type Expected,
  type ManifestRow,
} from './lib/eval-metadata.ts';
import { createParkFinder } from './lib/steps/park.ts';
import { commandLine } from './lib/cli-errors.ts';

const USAGE = 'node scripts/eval-metadata.ts [--gazetteer DIR] [--list]';
const { values: args } = commandLine(USAGE, {
  options: { gazetteer: { type: 'string', default: GAZETTEER_DIR }, list: { type: 'boolean', default: false } },
});
const parks = readGazetteer([args.gazetteer]);
const finder = createParkFinder(parks);
console.log(`gazetteer: ${args.gazetteer} (${parks.length} parks)`);

const show = (d: Detected, misses: string[]) => {
  if (args.list)
    console.log(
      `  ${d.file}  ${JSON.stringify({ title: d.title, park: d.park, level: d.level, province: d.province, city: d.city, year: d.year, years: d.years, type: d.type })}${misses.length ? `  wrong: ${misses.join(', ')}` : ''}`,
    );
};

const expected = JSON.parse(readFileSync(`${REAL_DOCS}/expected-metadata.json`, 'utf8')) as Record<string, Expected>;
const docs = detectFolder(`${REAL_DOCS}/docs`, finder);
const right = { park: 0, province: 0, year: 0, level: 0 };
let levelScored = 0;
for (const d of docs) {
  const s = scoreExpected(d, expected[d.file.slice(0, 3)]!);
  for (const k of ['park', 'province', 'year'] as const) if (s[k]) right[k] += 1;
  if (s.level !== null) {
    levelScored += 1;
    if (s.level) right.level += 1;
  }
  show(
    d,
    Object.entries(s)
      .filter(([, v]) => v === false)
      .map(([k]) => k),
  );
}
console.log(
  `docs/ (${docs.length}): park ${right.park}, province ${right.province}, year ${right.year}, national level ${right.level} of ${levelScored}`,
);

const manifest = JSON.parse(readFileSync(`${REAL_DOCS}/more/manifest.json`, 'utf8')) as ManifestRow[];
const more = detectFolder(`${REAL_DOCS}/more`, finder);
const agree = { park: 0, province: 0, city: 0, level: 0, year: 0 };
for (const d of more) {
  const row = manifest.find((r) => r.file === d.file);
  if (!row) continue;
  const s = scoreManifest(d, row);
  for (const k of Object.keys(agree) as Array<keyof typeof agree>) if (s[k]) agree[k] += 1;
  show(
    d,
    Object.entries(s)
      .filter(([, v]) => !v)
      .map(([k]) => k),
  );
}
console.log(
  `more/ (${more.length}) agreeing with the manifest: ${Object.entries(agree)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
