import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../support/site.ts';

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
  it('are the bytes of content/data, in every build', () => {
    const source = join(PROJECT_ROOT, 'content/data');
    for (const { dir } of builds) {
      const data = join(dir, 'data');
      expect(files(data)).toEqual(files(source));
      for (const file of files(source))
        expect(readFileSync(join(data, file)).equals(readFileSync(join(source, file))), `${dir}/data/${file}`).toBe(
          true,
        );
    }
  });
});
