import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { mdxFrontmatter } from './read-mdx.ts';

/**
 * The `docs` collection: one entry per `<id>.mdx` in `dir`, its data the frontmatter (the
 * pipeline's DocumentRecord). The text is not stored: the document page reads it from the file
 * (`getDocumentText`), so the collection's store, which the build bundles as one module, holds
 * the records only. A file whose bytes are unchanged since the last build is not parsed again.
 */
export function documentsLoader(dir: string): Loader {
  return {
    name: 'documents',
    async load({ store, parseData, generateDigest, watcher }) {
      const sync = async () => {
        const ids = new Set<string>();
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
          const id = file.slice(0, -'.mdx'.length);
          const path = join(dir, file);
          const text = readFileSync(path, 'utf8');
          const digest = generateDigest(text);
          ids.add(id);
          if (store.get(id)?.digest === digest) continue;
          const data = (await parseData({ id, data: mdxFrontmatter(text, path) as Record<string, unknown> })) as Record<
            string,
            unknown
          >;
          store.set({ id, data, digest });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      await sync();
      // Under `astro dev`, a new ingest shows without a restart.
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void sync();
      });
    },
  };
}
