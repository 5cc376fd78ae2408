import { z } from 'astro/zod';

/** The three types of the supply / demand / environment framework; ids are cited, so they are fixed. */
export const INSTRUMENT_IDS = ['supply', 'demand', 'environment'] as const;
export const InstrumentId = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.infer<typeof InstrumentId>;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');

export const InstrumentTool = z.object({
  /** Stable id, e.g. "procurement". */
  id: Id,
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Words that show the tool in use; the longest entry wins where entries overlap. */
  terms: z.array(z.string().min(1)).min(1),
  /** Words containing a term that do not use the tool (发展道路 is not a road); a match inside one is ignored. */
  exclude: z.array(z.string().min(1)).default([]),
});
export type InstrumentTool = z.infer<typeof InstrumentTool>;

export const Instrument = z.object({
  id: InstrumentId,
  /** Chinese name, e.g. 供给型. */
  zh: z.string().min(1),
  en: z.string().min(1),
  definitionZh: z.string().min(1),
  definitionEn: z.string().min(1),
  tools: z.array(InstrumentTool).min(1),
  /** 正例: sentences the coder must give this type. */
  positive: z.array(z.string().min(1)).min(1),
  /** 反例: sentences the coder must not give this type. */
  negative: z.array(z.string().min(1)).min(1),
});
export type Instrument = z.infer<typeof Instrument>;

/** `content/instruments.yaml`: the policy-instrument codebook, one entry per type in INSTRUMENT_IDS order. */
export const InstrumentCodebook = z.object({
  /** Semantic version; bump on any change to ids or terms. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  instruments: z
    .array(Instrument)
    .length(INSTRUMENT_IDS.length)
    .superRefine((instruments, ctx) => {
      instruments.forEach((instrument, i) => {
        if (instrument.id !== INSTRUMENT_IDS[i])
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `expected "${INSTRUMENT_IDS[i]}" here: types are listed in the order ${INSTRUMENT_IDS.join(', ')}`,
          });
      });
      const owner = new Map<string, string>();
      const tools = new Set<string>();
      for (const tool of instruments.flatMap((i) => i.tools)) {
        if (tools.has(tool.id)) ctx.addIssue({ code: 'custom', message: `tool id "${tool.id}" is used twice` });
        tools.add(tool.id);
        for (const term of [...tool.terms, ...tool.exclude]) {
          const other = owner.get(term);
          if (other !== undefined && other !== tool.id)
            ctx.addIssue({ code: 'custom', message: `"${term}" is listed under both ${other} and ${tool.id}` });
          owner.set(term, tool.id);
        }
      }
    }),
});
export type InstrumentCodebook = z.infer<typeof InstrumentCodebook>;

/** `instruments.json`: the codebook that coded the corpus, without the examples. */
export const PublishedInstrumentCodebook = z.object({
  version: InstrumentCodebook.shape.version,
  instruments: z.array(Instrument.omit({ positive: true, negative: true })).length(INSTRUMENT_IDS.length),
});
export type PublishedInstrumentCodebook = z.infer<typeof PublishedInstrumentCodebook>;

/** A tool found in a sentence: the evidence for one of its instrument types. */
export const InstrumentHit = z.object({
  instrument: InstrumentId,
  /** The tool's id in content/instruments.yaml. */
  tool: z.string(),
  /** The words matched, as written, in order of first appearance. */
  terms: z.array(z.string().min(1)).min(1),
});
export type InstrumentHit = z.infer<typeof InstrumentHit>;
