import { describe, expect, it } from 'vitest';
import { createSegmenter } from '../text/segmenter.ts';
import { ownNameWords } from './own-names.ts';

const segmenter = createSegmenter(['湘江新区']);

describe('ownNameWords(doc, segmenter)', () => {
  it('ownNameWords() gives the park’s name, its words, its city and province, with and without 市/省', () => {
    const words = ownNameWords({ park: '湖南湘江新区', parkId: null, city: '长沙', province: '湖南' }, segmenter);
    expect(words).toEqual(expect.arrayContaining(['湖南湘江新区', '湖南', '湖南省', '长沙', '长沙市']));
    expect(words).not.toContain('新区');
  });

  it('ownNameWords() gives nothing for a document that names no place', () => {
    expect(ownNameWords({ park: null, parkId: null, city: null, province: null }, segmenter)).toEqual([]);
  });

  it('ownNameWords() adds the other names the gazetteer gives the park, found by its parkId', () => {
    const parkNames = new Map([['beijing-etdz', ['北京经济技术开发区', '北京亦庄', '亦庄开发区']]]);
    const doc = { park: '北京经济技术开发区', parkId: 'beijing-etdz', city: '北京', province: '北京' };
    expect(ownNameWords(doc, createSegmenter(['亦庄']), parkNames)).toEqual(
      expect.arrayContaining(['北京亦庄', '亦庄']),
    );
    expect(ownNameWords({ ...doc, parkId: 'other' }, createSegmenter(['亦庄']), parkNames)).not.toContain('亦庄');
  });
});
