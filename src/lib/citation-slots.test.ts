import { expect, it } from 'vitest';
import { citationParts, DATE_SLOT, URL_SLOT } from './citation-slots.ts';

it('citationParts cuts a citation at its date and address slots, keeping the text between them verbatim', () => {
  expect(citationParts(`《a》[EB/OL]. [${DATE_SLOT}]. ${URL_SLOT}.`)).toEqual([
    { kind: 'text', text: '《a》[EB/OL]. [' },
    { kind: 'date' },
    { kind: 'text', text: ']. ' },
    { kind: 'url' },
    { kind: 'text', text: '.' },
  ]);
});

it('citationParts leaves a citation without slots whole, control characters and all', () => {
  expect(citationParts('x\u0001date\u0001y')).toEqual([{ kind: 'text', text: 'x\u0001date\u0001y' }]);
});
