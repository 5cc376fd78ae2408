import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedName } from '../../src/lib/data-dictionary/data-files.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../support/site.ts';
import { siteDataBytes } from '../support/use-site.ts';

/** The two builds the browser tests use anyway: at "/" and under a sub-path. */
const BASES = ['/', '/park-plans-compared/'];

let builds: BuiltSite[];
beforeAll(async () => {
  builds = [];
  for (const base of BASES) builds.push(await buildSite({ base }));
});

const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.endsWith('.html'))
    .sort();

describe('the built data files', () => {
  it('are the bytes of content/data, in every build, gzip-compressed where published as .gz, and the same bytes in both', () => {
    const source = join(PROJECT_ROOT, 'content/data');
    for (const { dir } of builds) {
      const data = join(dir, 'data');
      expect(files(data)).toEqual(files(source).map(publishedName).sort());
      for (const file of files(source))
        expect(siteDataBytes(dir, file).equals(readFileSync(join(source, file))), `${dir}/data/${file}`).toBe(true);
    }
    for (const file of files(builds[0]!.dir + '/data'))
      expect(
        readFileSync(join(builds[0]!.dir, 'data', file)).equals(readFileSync(join(builds[1]!.dir, 'data', file))),
        file,
      ).toBe(true);
  });
});
