import { publishedName } from '../lib/data-dictionary/data-files.ts';
import { withTrailingSlash } from '../lib/with-slash.ts';
import type { Lang } from './lang.ts';

/**
 * The URL of the site page `path` ("/docs/a/#s0001", always starting with "/") in `lang`
 * under `base`: Chinese at the root, English under "en/".
 */
export function localizedPath(base: string, lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${path}`);
  return `${withTrailingSlash(base)}${lang === 'en' ? 'en/' : ''}${path.slice(1)}`;
}

/**
 * Splits a URL path under `base` into its language and the language-neutral site path,
 * the inverse of `localizedPath`.
 */
export function routeOf(base: string, pathname: string): { lang: Lang; path: string } {
  const root = withTrailingSlash(base);
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  if (rest === 'en' || rest.startsWith('en/')) return { lang: 'en', path: `/${rest.slice(3)}` };
  return { lang: 'zh', path: `/${rest}` };
}

/** `localizedPath` under the site's configured base: use for every internal link. */
export function href(lang: Lang, path: string): string {
  return localizedPath(import.meta.env.BASE_URL, lang, path);
}

/** Chinese and English address prefixes of site paths ("/docs/"), for a twin block's links to point at English pages. */
export function twinLinks(...paths: string[]): [zh: string, en: string][] {
  return paths.map((path) => [href('zh', path), href('en', path)]);
}

/** The URL of a static file under the base (`public/` or a data file), the same for both languages. */
export function assetHref(file: string): string {
  return `${withTrailingSlash(import.meta.env.BASE_URL)}${file.replace(/^\//, '')}`;
}

/** The URL a file of `content/data/` is downloaded from: `<file>.gz` where publishedName says so. */
export function dataHref(file: string): string {
  return assetHref(`data/${publishedName(file)}`);
}
