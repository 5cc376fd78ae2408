import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Every .astro file under `dir`. */
function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

/**
 * Browser code lives in modules under src/client/ (or the search app's src/lib/search/), where it
 * is typed, linted and unit-tested: a component's bundled <script> only imports it and calls what
 * it imported. Scripts that ship as written (`is:inline`: the service worker's registration, the
 * search page's loader for pages opened from a file) are the exception.
 */
it('no component or view declares browser code in a bundled <script>', () => {
  const offenders: string[] = [];
  for (const file of astroFiles('src')) {
    const source = readFileSync(file, 'utf8');
    for (const [, attributes, body] of source.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (attributes!.includes('is:inline')) continue;
      const declares = body!
        .split('\n')
        .filter((line) => /^\s*(?:const|let|var|function|class|async function)\b/.test(line));
      if (declares.length > 0) offenders.push(`${file}: ${declares[0]!.trim()}`);
    }
  }
  expect(offenders).toEqual([]);
});
