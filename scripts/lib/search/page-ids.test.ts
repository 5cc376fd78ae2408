import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageIds } from './page-ids.ts';

const file = (name: string, data: unknown) => ({ name, bytes: gzipSync(`pagefind_dcd${JSON.stringify(data)}`) });

describe('pageIds', () => {
  it('pageIds(files) reads the URL of a single fragment and of every fragment in a group', () => {
    const ids = pageIds([
      file('zxx_1.pf_fragment', { url: '/docs/a/#s0001' }),
      file('zxx_group_9.pf_fragment', { zxx_2: { url: '/docs/b/#s0001' }, zxx_3: { url: '/docs/b/#s0040' } }),
    ]);
    expect([...ids]).toEqual([
      ['/docs/a/#s0001', 'zxx_1'],
      ['/docs/b/#s0001', 'zxx_2'],
      ['/docs/b/#s0040', 'zxx_3'],
    ]);
  });

  it('pageIds(files) refuses a file that is not a fragment', () => {
    expect(() => pageIds([{ name: 'x.pf_fragment', bytes: gzipSync('nope') }])).toThrow(/not a Pagefind fragment/);
    expect(() => pageIds([file('zxx_group_1.pf_fragment', { zxx_2: {} })])).toThrow(/no url/);
  });
});
