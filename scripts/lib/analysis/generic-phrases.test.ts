import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../../../tests/support/seed-corpus.ts';
import { isGenericPhrase } from './generic-phrases.ts';

const { segmenter } = seedCorpus();

describe('isGenericPhrase(phrase, kind, segmenter)', () => {
  it.each(['以习近平新时代中国特色社会主义思想为指', '深入贯彻党的二十', '深化“放管服”改革', '推动制造业高质量发展'])(
    'isGenericPhrase(%s, shared-run) is true: formulas and stop words leave under four characters',
    (phrase) => expect(isGenericPhrase(phrase, 'shared-run', segmenter)).toBe(true),
  );

  it.each(['相对集中行政许可', '国家制造业创新中心'])('isGenericPhrase(%s, shared-run) is false', (phrase) => {
    expect(isGenericPhrase(phrase, 'shared-run', segmenter)).toBe(false);
  });

  it('isGenericPhrase(slogan, quoted) is true only for a listed formula: 放管服 yes, 三高四新 no', () => {
    expect(isGenericPhrase('放管服', 'quoted', segmenter)).toBe(true);
    expect(isGenericPhrase('三高四新', 'quoted', segmenter)).toBe(false);
  });
});
