/**
 * A document's id when the catalog gives none: its file name as a lower-case slug of ASCII
 * letters, digits and hyphens, which is what its page's address is made of. Chinese file names
 * are the common case (高新区2023年工作要点.txt), so Han characters are written in toneless pinyin,
 * a syllable a word (gao-xin-qu-2023-nian-gong-zuo-yao-dian), instead of being dropped: dropped,
 * every such name became the same id and all but one document were refused.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Longer slugs are cut and given a hash of the whole name, so long names that share a start stay apart. */
export const MAX_ID_LENGTH = 80;

/** The id of a seed named `file` (….txt), the same for the same name whatever else is in the folder. */
export function documentId(file: string): string {
  const stem = file.replace(/\.txt$/u, '').normalize('NFKC');
  const words = /\p{Script=Han}/u.test(stem)
    ? (pinyin(stem, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }) as string[])
    : [stem];
  const slug =
    words
      .join('-')
      // Accents off (Überblick -> uberblick), then anything but letters and digits is a hyphen.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'doc';
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 8);
  const cut = slug.slice(0, MAX_ID_LENGTH - hash.length - 1).replace(/-[^-]*$/u, '');
  return `${cut}-${hash}`;
}
