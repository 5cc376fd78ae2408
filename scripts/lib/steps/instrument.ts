import {
  INSTRUMENT_IDS,
  type InstrumentCodebook,
  type InstrumentHit,
  type InstrumentId,
} from '../../../src/schemas/instruments.ts';
import { createLexicon } from '../text/lexicon.ts';

export interface Instrumented {
  instruments: InstrumentId[];
  instrumentEvidence: InstrumentHit[];
}

export type InstrumentCoder = (text: string, themes: readonly string[]) => Instrumented;

const NONE: Instrumented = { instruments: [], instrumentEvidence: [] };

/**
 * Builds the coder of policy-instrument types (see content/instruments.yaml): one leftmost-longest
 * dictionary scan per sentence, so an exclusion swallows the terms inside it. Only a sentence that
 * carries a theme is coded: the framework classifies policy measures, and an untagged sentence is
 * not one as far as this project knows.
 */
export function createInstrumentCoder(codebook: InstrumentCodebook): InstrumentCoder {
  const toolOrder = codebook.instruments.flatMap((i) => i.tools.map((t) => t.id));
  const find = createLexicon<{ instrument: InstrumentId; tool: string } | null>(
    codebook.instruments.flatMap((instrument) =>
      instrument.tools.flatMap((tool) => [
        ...tool.terms.map((term) => [term, { instrument: instrument.id, tool: tool.id }] as const),
        ...tool.exclude.map((term) => [term, null] as const),
      ]),
    ),
  );
  return (text, themes) => {
    if (themes.length === 0) return NONE;
    const byTool = new Map<string, InstrumentHit>();
    for (const { value, text: matched } of find(text)) {
      if (value === null) continue;
      const hit = byTool.get(value.tool);
      if (!hit) byTool.set(value.tool, { instrument: value.instrument, tool: value.tool, terms: [matched] });
      else if (!hit.terms.includes(matched)) hit.terms.push(matched);
    }
    if (byTool.size === 0) return NONE;
    const instrumentEvidence = [...byTool.values()].sort(
      (a, b) => toolOrder.indexOf(a.tool) - toolOrder.indexOf(b.tool),
    );
    const used = new Set(instrumentEvidence.map((h) => h.instrument));
    return { instruments: INSTRUMENT_IDS.filter((id) => used.has(id)), instrumentEvidence };
  };
}
