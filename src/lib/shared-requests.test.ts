import { describe, expect, it } from 'vitest';
import { sharedRequests } from './shared-requests.ts';

describe('sharedRequests(load)', () => {
  it('asks once per key, shares the answer and asks again after a failure', async () => {
    const asked: string[] = [];
    let up = false;
    const get = sharedRequests(async (key) => {
      asked.push(key);
      if (!up) throw new Error('down');
      return { key };
    });
    await expect(get('a')).rejects.toThrow('down');
    up = true;
    const [a, b] = await Promise.all([get('a'), get('a')]);
    expect(b).toBe(a);
    expect(await get('b')).toEqual({ key: 'b' });
    expect(asked).toEqual(['a', 'a', 'b']);
  });
});
