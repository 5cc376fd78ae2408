import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentRecord } from './schemas/document.ts';

/**
 * One entry per generated `content/docs/<id>.mdx` (`$CONTENT_DIR/docs/`, as in src/lib/corpus.ts);
 * the frontmatter is the pipeline's DocumentRecord.
 */
const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${process.env['CONTENT_DIR'] || './content'}/docs` }),
  schema: DocumentRecord,
});

export const collections = { docs };
