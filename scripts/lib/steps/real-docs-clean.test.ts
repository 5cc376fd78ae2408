import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { clean, SPAN_RULES } from './clean.ts';
import { normalise } from './normalise.ts';
import { outline } from './outline.ts';
import { PINYIN_GLOSS } from '../text/pinyin-gloss.ts';

/**
 * The 60 real documents beside the repository (../shared/real-docs, read where they are, never
 * copied): after normalise and clean no sentence keeps a pinyin gloss, a literal escape or a spam
 * string, none is empty, and every character that went is accounted for in `removed`.
 */
const REAL = new URL('../../../../shared/real-docs/', import.meta.url);
const FILES = ['docs', 'more'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, REAL))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `${dir}/${f}`),
);
const GAMBLING = SPAN_RULES.find((r) => r.name === 'gambling-spam')!.pattern;
const SPAM_WORDS = /beat365|bt365|bet365|一区二区|精品视频|在线播放/iu;

/** Characters other than whitespace: spaces are what normalising removes, so they are not counted. */
const ink = (text: string) => text.replace(/\s/gu, '').length;

function pipeline(file: string) {
  const { text } = decode(readFileSync(new URL(file, REAL)), file);
  const normalised = normalise(text);
  const cleaned = clean(normalised.text);
  return { text, normalised, cleaned, sentences: outline(cleaned.lines).sentences };
}

describe('normalise and clean on ../shared/real-docs', () => {
  it('reads all 60 documents', () => {
    expect(FILES).toHaveLength(60);
  });

  it.each(FILES)('%s: no sentence keeps a pinyin gloss, a literal escape, a spam string or nothing to read', (file) => {
    for (const { text } of pipeline(file).sentences) {
      expect(text, text).not.toMatch(new RegExp(PINYIN_GLOSS.source, 'u'));
      expect(text, text).not.toMatch(/\\[nrt]/u);
      expect(text, text).not.toMatch(new RegExp(GAMBLING.source, 'iu'));
      expect(text, text).not.toMatch(SPAM_WORDS);
      expect(text, text).toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it.each(FILES)('%s: every character removed is listed in removed', (file) => {
    const { text, normalised, cleaned } = pipeline(file);
    const weight = (r: { text: string; count?: number | undefined }) => ink(r.text) * (r.count ?? 1);
    // normalise: the glosses and escapes cut are what the text lost, spaces aside
    const normaliseCut = normalised.cuts
      .filter((c) => c.reason !== 'extraction space')
      .reduce((n, c) => n + ink(c.text), 0);
    expect(ink(text) - ink(normalised.text)).toBe(normaliseCut);
    // clean: kept lines plus whole lines and spans removed give back the normalised text
    const kept = cleaned.lines.reduce((n, l) => n + ink(l.text), 0);
    const removedLines = cleaned.removed.filter((r) => r.kind !== 'span').reduce((n, r) => n + weight(r), 0);
    const removedSpans = cleaned.removed.filter((r) => r.kind === 'span').reduce((n, r) => n + weight(r), 0);
    expect(kept + removedLines + removedSpans).toBe(ink(normalised.text));
  });
});
