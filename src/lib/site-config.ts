/**
 * The site's configuration (`site.config.yaml`, or the file `$SITE_CONFIG` names), read once and
 * checked against src/schemas/site-config.ts. Pages, the pipeline's datapackage, the citations
 * and the offline pack all take the site's name, maintainers, licences and citation from here.
 */

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SiteConfig, type Name } from '../schemas/site-config.ts';

export const DEFAULT_SITE_CONFIG = 'site.config.yaml';

/** A configuration file that is missing, not YAML or not what the schema says; the message is one line. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** The configuration file in use: `$SITE_CONFIG`, else site.config.yaml of the working folder. */
export function siteConfigPath(): string {
  return resolve(process.env['SITE_CONFIG'] || DEFAULT_SITE_CONFIG);
}

/** Parses the text of a configuration file; `file` only names it in errors. */
export function parseSiteConfig(text: string, file: string): SiteConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new SiteConfigError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = SiteConfig.safeParse(data ?? {});
  if (result.success) return result.data;
  // One line, every problem with the field it is about, so a CI log shows what to fix.
  const problems = result.error.issues.map(
    (i) =>
      `${i.path.join('.') || '(top)'}: ${i.message.replace(/^Invalid input: expected \w+, received undefined$/, 'missing')}`,
  );
  throw new SiteConfigError(`${file}: ${problems.join('; ')}`);
}

const cache = new Map<string, SiteConfig>();

/** The configuration in `file` (default: siteConfigPath()), read once per file. */
export function readSiteConfig(file = siteConfigPath()): SiteConfig {
  const cached = cache.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SiteConfigError(
      `${file}: cannot read the site configuration (set SITE_CONFIG or --config to another file)`,
    );
  }
  const config = parseSiteConfig(text, file);
  cache.set(file, config);
  return config;
}

/** A name in `lang`: the same in both languages, or its own in each. */
export function localName(lang: 'zh' | 'en', name: Name): string {
  return typeof name === 'string' ? name : name[lang];
}

/** A citation key's prefix: the initials of the site id ("park-plans-compared" -> "ppc"). */
export function citationKeyPrefix(config: Pick<SiteConfig, 'id'>): string {
  return config.id
    .split('-')
    .map((part) => part[0])
    .join('');
}
