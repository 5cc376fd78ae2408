/**
 * Which Pagefind page id each record URL got: read back from the fragment files Pagefind wrote,
 * since its Node API does not return the ids. A fragment file holds one fragment named by the
 * file (`zxx_5a77f92.pf_fragment`), or a group of them keyed by page id.
 */
import { gunzipSync } from 'node:zlib';

/** What a decompressed Pagefind file starts with. */
const SIGNATURE = 'pagefind_dcd';
const EXTENSION = '.pf_fragment';

interface Fragment {
  url: string;
}

const isFragment = (value: unknown): value is Fragment => typeof (value as Fragment | null)?.url === 'string';

/** Record URL -> page id, from the files of pagefind/fragment/. Throws on a file it cannot read. */
export function pageIds(files: readonly { name: string; bytes: Uint8Array }[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { name, bytes } of files) {
    if (!name.endsWith(EXTENSION)) continue;
    const text = gunzipSync(bytes).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment`);
    const data = JSON.parse(text.slice(SIGNATURE.length)) as unknown;
    const entries: [string, unknown][] = isFragment(data)
      ? [[name.slice(0, -EXTENSION.length), data]]
      : Object.entries(data as Record<string, unknown>);
    for (const [page, fragment] of entries) {
      if (!isFragment(fragment)) throw new Error(`${name}: fragment ${page} has no url`);
      ids.set(fragment.url, page);
    }
  }
  return ids;
}
