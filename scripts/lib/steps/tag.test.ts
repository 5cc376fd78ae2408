import { describe, expect, it } from 'vitest';
import { readCodebook } from '../load-inputs.ts';
import { createSegmenter } from '../text/segmenter.ts';
import { codebookWords, createTagger } from './tag.ts';
import type { Codebook } from '../../../src/schemas/codebook.ts';

const codebook = readCodebook('content/codebook.yaml');
const tagger = createTagger(codebook, createSegmenter(codebookWords(codebook)));

describe('the codebook’s own examples', () => {
  for (const theme of codebook.themes) {
    it.each(theme.positive)(`tag(text) gives ${theme.id} to the 正例 %s`, (text) => {
      expect(tagger.tag(text, null).themes).toContain(theme.id);
    });
    it.each(theme.negative)(`tag(text) withholds ${theme.id} from the 反例 %s`, (text) => {
      expect(tagger.tag(text, null).themes).not.toContain(theme.id);
    });
  }
});

/** A two-theme codebook small enough to reason about by hand. */
function tiny(overrides: Partial<Codebook> = {}): Codebook {
  const base = codebook.themes[0]!;
  return {
    ...codebook,
    threshold: 1,
    headingWeight: 0.5,
    dictionary: [],
    themes: [
      {
        ...base,
        id: 'investment',
        terms: [
          { term: '招商', weight: 1 },
          { term: '招商引资', weight: 1 },
          { term: '外资', weight: 0.5 },
        ],
        patterns: [],
        exclude: ['招商局'],
      },
      {
        ...base,
        id: 'talent',
        terms: [{ term: '人才', weight: 1 }],
        patterns: [{ pattern: '引进.{0,4}专家', weight: 1, note: '引进…专家' }],
        exclude: [],
      },
    ],
    ...overrides,
  };
}

describe('createTagger(codebook, segmenter)', () => {
  const t = tiny();
  const tag = createTagger(t, createSegmenter(codebookWords(t)));

  it('tag(text) records the terms that fired as evidence with their weights', () => {
    const { themes, evidence } = tag.tag('大力开展招商引资。', null);
    expect(themes).toEqual(['investment']);
    expect(evidence[0]).toEqual({
      theme: 'investment',
      score: 1,
      threshold: 1,
      hits: [{ rule: 'term', match: '招商引资', text: '招商引资', weight: 1, where: 'sentence' }],
    });
  });

  it('tag(text) does not read 招商 inside 招商局', () => {
    expect(tag.tag('招商局集团来区考察。', null).themes).toEqual([]);
  });

  it('tag(text) needs the threshold: a half-weight term alone is not enough', () => {
    expect(tag.tag('利用外资。', null).themes).toEqual([]);
  });

  it('tag(text, heading) counts the heading’s terms at the heading weight', () => {
    const { themes, evidence } = tag.tag('利用外资。', '招商');
    expect(themes).toEqual(['investment']);
    expect(evidence[0]!.hits.map((h) => [h.match, h.weight, h.where])).toEqual([
      ['外资', 0.5, 'sentence'],
      ['招商', 0.5, 'heading'],
    ]);
  });

  it('tag(text, heading) never tags on context alone: the heading adds at most the heading weight', () => {
    const { themes } = tag.tag('做好各项工作。', '招商引资,人才招商');
    expect(themes).toEqual([]);
  });

  it('tag(text, null, true) counts a heading sentence’s own terms at the heading boost', () => {
    expect(tag.tag('利用外资。', null, true).themes).toEqual(['investment']);
    expect(tag.tag('利用外资。', null, false).themes).toEqual([]);
  });

  it('tag(text) applies patterns and names them in the evidence', () => {
    const { evidence } = tag.tag('引进高端专家团队。', null);
    expect(evidence).toEqual([
      {
        theme: 'talent',
        score: 1,
        threshold: 1,
        hits: [{ rule: 'pattern', match: '引进…专家', text: '引进高端专家', weight: 1, where: 'sentence' }],
      },
    ]);
  });

  it('tag(text) gives every theme a sentence addresses, in codebook order', () => {
    expect(tag.tag('人才招商。', null).themes).toEqual(['investment', 'talent']);
  });
});
