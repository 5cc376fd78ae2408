import { afterEach, expect, it, vi } from 'vitest';
import { fetchOk } from './fetch-ok.ts';

afterEach(() => vi.unstubAllGlobals());

it('fetchOk hands over a good response with the request options and names the URL and status of a bad one', async () => {
  const seen: (RequestInit | undefined)[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    seen.push(init);
    return url === '/here.json' ? new Response('{"a":1}') : new Response('gone', { status: 410 });
  });
  expect(await (await fetchOk('/here.json', { cache: 'reload' })).json()).toEqual({ a: 1 });
  expect(seen).toEqual([{ cache: 'reload' }]);
  await expect(fetchOk('/gone.json')).rejects.toThrow('/gone.json: HTTP 410');
});
