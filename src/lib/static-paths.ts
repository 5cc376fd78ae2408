import { getCollection } from 'astro:content';
import { THEME_IDS } from '../schemas/codebook.ts';

/** One `/docs/<id>/` page per generated MDX document, shared by both languages' routes. */
export async function documentPaths() {
  const entries = await getCollection('docs');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/** One `/themes/<id>/` page per codebook theme. */
export function themePaths() {
  return THEME_IDS.map((id) => ({ params: { id }, props: { theme: id } }));
}
