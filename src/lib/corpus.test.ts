import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseDocuments, parseJsonLines, parseJsonWith, parsePassages } from './corpus.ts';

const passage = (id: string) =>
  JSON.stringify({
    doc: 'a',
    id,
    section: null,
    text: '优化产业布局。',
    heading: false,
    themes: ['industry'],
    evidence: [
      {
        theme: 'industry',
        score: 2,
        threshold: 1,
        hits: [{ rule: 'term', match: '产业布局', text: '产业布局', weight: 2, where: 'sentence' }],
      },
    ],
    instruments: [],
    instrumentEvidence: [],
  });

describe('corpus parsing', () => {
  it('parseJsonWith(schema, text, source) returns the parsed value, and names the source when the text is not JSON or breaks the schema', () => {
    const Point = z.object({ x: z.number() });
    expect(parseJsonWith(Point, '{"x": 1}', 'p.json')).toEqual({ x: 1 });
    expect(() => parseJsonWith(Point, '{x', 'p.json')).toThrow(/^p\.json is not valid JSON/);
    expect(() => parseJsonWith(Point, '{"x": "1"}', 'p.json')).toThrow(/^p\.json does not match its schema/);
  });

  it('parseJsonLines(schema, text, source) reads each non-empty line and names the 1-based line at fault', () => {
    const Point = z.object({ x: z.number() });
    expect(parseJsonLines(Point, '{"x": 1}\n\n{"x": 2}\n', 'p.jsonl')).toEqual([{ x: 1 }, { x: 2 }]);
    expect(() => parseJsonLines(Point, '{"x": 1}\n{"y": 2}\n', 'p.jsonl')).toThrow(/^p\.jsonl line 2 does not match/);
  });

  it('parsePassages(text) reads one passage per line and skips blank lines', () => {
    const passages = parsePassages(`${passage('s0001')}\n\n${passage('s0002')}\n`);
    expect(passages.map((p) => p.id)).toEqual(['s0001', 's0002']);
  });

  it('parsePassages(text) names the line of a passage that breaks the schema', () => {
    expect(() => parsePassages(`${passage('s0001')}\n${passage('bad')}`)).toThrow(
      /passages\.jsonl line 2 does not match/,
    );
  });

  it('parsePassages(text) names the line that is not JSON', () => {
    expect(() => parsePassages('{"doc":')).toThrow(/line 1 is not valid JSON/);
  });

  it('parseDocuments(text) rejects a document that lacks required fields, naming the file', () => {
    expect(() => parseDocuments('[{"id":"a"}]')).toThrow(/documents\.json does not match its schema/);
  });
});
