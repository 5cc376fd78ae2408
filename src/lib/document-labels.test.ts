import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentLabel } from './charts/document-matrix.ts';
import { getDocuments } from './corpus.ts';
import { documentLabelOf } from './document-labels.ts';

describe.runIf(existsSync('content/data/documents.json'))('documentLabelOf', () => {
  it('documentLabelOf(id) is the documentLabel of the corpus document with that id', () => {
    const doc = getDocuments()[0]!;
    expect(documentLabelOf(doc.id)).toBe(documentLabel(doc));
  });

  it('documentLabelOf(id) shows an id the corpus lacks as itself', () => {
    expect(documentLabelOf('no-such-document')).toBe('no-such-document');
  });
});
