import { z } from 'astro/zod';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');

export const Industry = z.object({
  /** Stable id, the column name in industries.csv, e.g. "construction-machinery". */
  id: Id,
  /** Chinese name, e.g. 工程机械. */
  zh: z.string().min(1),
  /** English name. */
  en: z.string().min(1),
  /** Words that count as a mention; where terms overlap in a text the longest wins (新能源汽车 over 新能源). */
  terms: z.array(z.string().min(1)).min(1),
  /** Words containing a term that do not mention the industry (医药费 is not 医药); a match inside one is not counted. */
  exclude: z.array(z.string().min(1)).default([]),
});
export type Industry = z.infer<typeof Industry>;

/** `content/industries.yaml`: the industries counted in industries.csv, in column order. */
export const IndustryCodebook = z.object({
  /** Semantic version; bump on any change to ids or terms. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  industries: z
    .array(Industry)
    .min(1)
    .superRefine((industries, ctx) => {
      const ids = new Set<string>();
      const owner = new Map<string, string>();
      for (const { id, terms } of industries) {
        if (ids.has(id)) ctx.addIssue({ code: 'custom', message: `industry id "${id}" is used twice` });
        ids.add(id);
        for (const term of terms) {
          const other = owner.get(term);
          if (other !== undefined && other !== id)
            ctx.addIssue({ code: 'custom', message: `term "${term}" belongs to both ${other} and ${id}` });
          owner.set(term, id);
        }
      }
    }),
});
export type IndustryCodebook = z.infer<typeof IndustryCodebook>;

export const ORGANISATION_TYPES = ['enterprise', 'university', 'institute', 'platform'] as const;
export const OrganisationType = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationType>;

export const KnownOrganisation = z.object({
  /** The name organisations.json reports, e.g. 中联重科. */
  name: z.string().min(2),
  type: OrganisationType,
  /** Other ways texts write it (国防科技大学 for 国防科大); each is reported under `name`. */
  aliases: z.array(z.string().min(2)).default([]),
});
export type KnownOrganisation = z.infer<typeof KnownOrganisation>;

/** `content/organisations.yaml`: organisations recognised by name, before the suffix patterns run. */
export const OrganisationDictionary = z.object({
  /** Semantic version; bump on any change to names, aliases or generic words. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  organisations: z.array(KnownOrganisation).superRefine((orgs, ctx) => {
    const seen = new Set<string>();
    for (const name of orgs.flatMap((o) => [o.name, ...o.aliases])) {
      if (seen.has(name)) ctx.addIssue({ code: 'custom', message: `"${name}" is listed twice` });
      seen.add(name);
    }
  }),
  /**
   * Words that say what kind of body a suffix-pattern name is (服务, 研发, 金融, 国有, 高新区…),
   * not which one: a name made only of these and its suffix (金融服务中心, 证券公司) is not an organisation.
   */
  generic: z.array(z.string().min(1)).min(1),
});
export type OrganisationDictionary = z.infer<typeof OrganisationDictionary>;
