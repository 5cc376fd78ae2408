import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openIngestCache } from './ingest-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openIngestCache(dir, inputs, warn)', () => {
  const bytes = new TextEncoder().encode('园区。');
  const doc = { record: { id: 'a' }, passages: [], lines: '', mdx: '', analysis: {} };

  it('a cache entry cut short (a run killed while writing it) is a miss that says so, and is written anew', () => {
    const warnings: string[] = [];
    const cache = openIngestCache(dir, [], (m) => warnings.push(m));
    cache.set('a.txt', bytes, undefined, JSON.stringify(doc));
    expect(cache.get('a.txt', bytes, undefined)).toEqual(doc);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry!), '{"record":{"id":"a"},"passages":[');
    expect(cache.get('a.txt', bytes, undefined)).toBeUndefined();
    expect(warnings).toEqual([`warning: ${join(dir, entry!)}: unreadable cache entry for a.txt; ingesting it again`]);
    cache.set('a.txt', bytes, undefined, JSON.stringify(doc));
    expect(cache.get('a.txt', bytes, undefined)).toEqual(doc);
    expect(cache.hits).toBe(2);
  });

  it('prune() removes entries not used in the run, temporary files left by a killed run included', () => {
    openIngestCache(dir, [], () => undefined).set('a.txt', bytes, undefined, JSON.stringify(doc));
    writeFileSync(join(dir, '.x.json.123-abcd.tmp'), '{');
    const cache = openIngestCache(dir, [], () => undefined);
    cache.get('a.txt', bytes, undefined);
    cache.prune();
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
