import { INSTRUMENT_IDS, type InstrumentId } from '../../schemas/instruments.ts';
import type { Passage } from '../../schemas/passage.ts';

/** How the tagged sentences of one group (a theme, a document) use the instrument types. */
export interface InstrumentProfile {
  id: string;
  /** Tagged sentences in the group. */
  tagged: number;
  /** Of those, sentences using each type, in INSTRUMENT_IDS order. */
  counts: number[];
  /** Of those, sentences in which no instrument was identified. */
  unidentified: number;
}

type Coded = Pick<Passage, 'doc' | 'themes' | 'instruments'>;

function profiles(
  ids: readonly string[],
  passages: readonly Coded[],
  groupsOf: (p: Coded) => readonly string[],
): InstrumentProfile[] {
  const byId = new Map(ids.map((id) => [id, { id, tagged: 0, counts: INSTRUMENT_IDS.map(() => 0), unidentified: 0 }]));
  for (const p of passages) {
    if (p.themes.length === 0) continue;
    for (const group of groupsOf(p)) {
      const profile = byId.get(group);
      if (!profile) continue;
      profile.tagged += 1;
      for (const id of p.instruments) profile.counts[INSTRUMENT_IDS.indexOf(id)]! += 1;
      if (p.instruments.length === 0) profile.unidentified += 1;
    }
  }
  return [...byId.values()];
}

/** Per theme: of the sentences carrying it, how many use each instrument type. */
export function instrumentsByTheme(themes: readonly string[], passages: readonly Coded[]): InstrumentProfile[] {
  return profiles(themes, passages, (p) => p.themes);
}

/** Per document: of its tagged sentences, how many use each instrument type. */
export function instrumentsByDocument(docs: readonly string[], passages: readonly Coded[]): InstrumentProfile[] {
  return profiles(docs, passages, (p) => [p.doc]);
}

/** The share of a profile's tagged sentences using `instrument`; 0 for a group with no tagged sentence. */
export function instrumentShare(profile: InstrumentProfile, instrument: InstrumentId): number {
  return profile.tagged === 0 ? 0 : profile.counts[INSTRUMENT_IDS.indexOf(instrument)]! / profile.tagged;
}
