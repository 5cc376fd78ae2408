import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../text/segmenter.ts';
import { ownNameWords } from './own-names.ts';

const segmenter = createSegmenter(['湘江新区']);

describe('ownNameWords(doc, segmenter)', () => {
  it('ownNameWords() gives the park’s name, its words, its city and province, with and without 市/省', () => {
    const words = ownNameWords({ park: '湖南湘江新区', city: '长沙', province: '湖南' }, segmenter);
    expect(words).toEqual(expect.arrayContaining(['湖南湘江新区', '湖南', '湖南省', '长沙', '长沙市']));
    expect(words).not.toContain('新区');
  });

  it('ownNameWords() gives nothing for a document that names no place', () => {
    expect(ownNameWords({ park: null, city: null, province: null }, segmenter)).toEqual([]);
  });
});
