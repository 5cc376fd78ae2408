import { defineCollection } from 'astro:content';
import { DOCS_DIR } from './lib/corpus.ts';
import { documentsLoader } from './lib/documents-loader.ts';
import { DocumentRecord } from './schemas/document.ts';

/** One entry per generated `content/docs/<id>.mdx` (`$CONTENT_DIR/docs/`); the frontmatter is the pipeline's DocumentRecord. */
const docs = defineCollection({
  loader: documentsLoader(DOCS_DIR),
  schema: DocumentRecord,
});

export const collections = { docs };
