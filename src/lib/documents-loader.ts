import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { mdxFrontmatter } from './read-mdx.ts';

/**
 * The `docs` collection: one entry per `<id>.mdx` in `dir`, its data the frontmatter (the
 * pipeline's DocumentRecord). The text is not stored: the document page reads it from the file
 * (`getDocumentText`), so the collection's store, which the build bundles as one module, holds
 * the records only.
 */
export function documentsLoader(dir: string): Loader {
  return {
    name: 'documents',
    async load({ store, parseData, generateDigest, watcher }) {
      // Every file is read on every build, as the pages read them: a record whose schema changed
      // while its file did not must not come from the last build's store.
      const sync = async () => {
        store.clear();
        for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
          const id = file.slice(0, -'.mdx'.length);
          const path = join(dir, file);
          const text = readFileSync(path, 'utf8');
          const data = await parseData({ id, data: mdxFrontmatter(text, path) as Record<string, unknown> });
          store.set({ id, data, digest: generateDigest(text) });
        }
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
