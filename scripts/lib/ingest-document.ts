import { createHash } from 'node:crypto';
import type { CatalogEntry } from '../../src/schemas/catalog.ts';
import { THEME_IDS, type ThemeId } from '../../src/schemas/codebook.ts';
import { DocumentRecord } from '../../src/schemas/document.ts';
import { clean } from './steps/clean.ts';
import { aggregateCuts } from './steps/cuts.ts';
import { decode } from './steps/decode.ts';
import { documentId } from './steps/document-id.ts';
import { normalise } from './steps/normalise.ts';
import { detectMetadata, mergeMetadata, NO_PARKS } from './steps/metadata.ts';
import type { ParkFinder } from './steps/park.ts';
import { outline } from './steps/outline.ts';
import type { InstrumentCoder } from './steps/instrument.ts';
import type { Tagger } from './steps/tag.ts';
import type { Segmenter } from './text/segmenter.ts';
import type { PlacedPassage } from './steps/write-mdx.ts';
import { IngestError } from './ingest-error.ts';
import { foldForMatching } from './text/fold.ts';

export interface IngestedDocument {
  record: DocumentRecord;
  passages: PlacedPassage[];
  /** Each passage's text folded for matching (simplified, half-width): what the tagger and the analyses read. */
  folded: string[];
  /** Each passage's segmenter words, cut from `folded` once and read by the tagger and by the analysis. */
  words: string[][];
}

/**
 * One file's bytes through the steps before the outline, in the order the ingest runs them:
 * decode, normalise, clean, metadata. Whatever reads a document as the ingest does (the
 * annotations' heading alignment, the tagging benchmark) starts here, so it cannot skip a step.
 */
export function readDocument(file: string, bytes: Uint8Array, parks: ParkFinder = NO_PARKS) {
  const { text, encoding } = decode(bytes, file);
  const normalised = normalise(text);
  const cleaned = clean(normalised.text);
  return { text, encoding, normalised, cleaned, ...detectMetadata(cleaned.lines, parks) };
}

/** One seed file through every step, decode, normalise, clean … to instrument coding; pure apart from the segmenter (the tagger's). */
export function ingestDocument(
  file: string,
  bytes: Uint8Array,
  entry: CatalogEntry | undefined,
  tagger: Tagger,
  codeInstruments: InstrumentCoder,
  segmenter: Segmenter,
  parks: ParkFinder = NO_PARKS,
): IngestedDocument {
  const { text, encoding, normalised, cleaned, detected, body, header } = readDocument(file, bytes, parks);
  if (body.length === 0) throw new IngestError(file, 'no text left after removing web noise and header lines');
  const stem = file.replace(/\.txt$/u, '');
  const id = entry?.id ?? documentId(file);
  const { sentences, sections } = outline(body);
  // Pages show the sentence as written; matching reads it folded, so 產業 is found as 产业.
  const folded = sentences.map((s) => foldForMatching(s.text));
  // Each section's heading as its sentences read it: the heading sentence folded above, folded once, not once per sentence.
  const foldedOf = new Map(sentences.map((s, i) => [s.id, folded[i]!]));
  const headingOf = new Map(sections.map((s) => [s.id, foldedOf.get(s.sentence) ?? foldForMatching(s.title)]));
  const words = segmenter.cutMany(folded);
  const tags = tagger.tagAll(
    sentences.map((s, i) => ({
      text: folded[i]!,
      heading: s.heading || s.section === null ? null : headingOf.get(s.section) || null,
      isHeading: s.heading,
    })),
    words,
  );
  const passages: PlacedPassage[] = sentences.map((s, i) => ({
    doc: id,
    id: s.id,
    section: s.section,
    text: s.text,
    heading: s.heading,
    ...tags[i]!,
    ...codeInstruments(folded[i]!, tags[i]!.themes),
    line: s.line,
  }));

  // Shares count body sentences: a heading restates its section's topic, and counting it would weigh that topic twice.
  const bodySentences = passages.filter((p) => !p.heading);
  const counts = Object.fromEntries(THEME_IDS.map((t) => [t, 0])) as Record<ThemeId, number>;
  for (const p of bodySentences) for (const t of p.themes) counts[t] += 1;
  const shares = Object.fromEntries(
    THEME_IDS.map((t) => [t, bodySentences.length ? round4(counts[t] / bodySentences.length) : 0]),
  ) as Record<ThemeId, number>;
  const fallbackTitle = `${detected.park ?? stem}${detected.year ? ` ${detected.year}` : ''}`;

  const record = DocumentRecord.parse({
    id,
    seed: file,
    ...mergeMetadata(detected, entry, fallbackTitle),
    encoding,
    sha256: createHash('sha256').update(text).digest('hex'),
    chars: passages.reduce((n, p) => n + [...p.text].length, 0),
    sentenceCount: passages.length,
    bodySentences: bodySentences.length,
    removed: [...header, ...aggregateCuts(normalised.cuts), ...cleaned.removed].sort((a, b) => a.line - b.line),
    outline: sections,
    themeShares: shares,
    themeCounts: counts,
  });
  return { record, passages, folded, words };
}

/** Four decimals keep shares readable and identical across platforms. */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
