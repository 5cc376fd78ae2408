import type { OrganisationType } from '../../../src/schemas/lexicons.ts';
import { STOPWORDS } from '../../../src/shared/analysis/stopwords.ts';

/** Endings that name a kind of organisation, longest first. */
export const ORGANISATION_SUFFIXES: ReadonlyArray<readonly [string, OrganisationType]> = [
  ['研究院', 'institute'],
  ['研究所', 'institute'],
  ['实验室', 'institute'],
  ['公司', 'enterprise'],
  ['集团', 'enterprise'],
  ['大学', 'university'],
  ['学院', 'university'],
  ['中心', 'platform'],
];

/** Words that end a name on its left: function words and the verbs that introduce an organisation. */
const LEFT_STOPS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  '以及',
  '及其',
  '包括',
  '其中',
  '组建',
  '成立',
  '设立',
  '联合',
  '办好',
  '携手',
  '邀请',
  '落户',
  '入驻',
  '签约',
  '申建',
  '申请',
  '共建',
  '依靠',
  '引入',
  '推介',
  '带领',
  '融入',
  '发挥',
  '继续',
  '同步',
  '单位',
  '整合',
  '盘活',
  '搭建',
  '组织',
  '扶持',
  '培养',
  '吸引',
  '帮助',
  '协调',
  '协助',
  '指导',
  '督促',
  '配合',
  '对标',
  '考察',
  '走访',
  '拜访',
  '洽谈',
  '合作',
  '联系',
  '筹建',
  '筹备',
  '启动',
  '完成',
  '承接',
  '承办',
  '举办',
  '召开',
  '参加',
  '入选',
  '获批',
  '认定',
  '挂牌',
  '揭牌',
  '成为',
  '升级',
  '改造',
  '新建',
  '扩建',
  '运营',
  '推出',
  '面向',
  '带动',
  '服务于',
  '新增',
  '年内',
]);

/**
 * Frame words of the genre that are stopwords for keyness but stand inside company names
 * (厦门建发股份有限公司, 文化旅游发展有限公司, 城市建设投资集团): an enterprise's name runs over them and
 * only drops them at its left edge. Before a 中心 or 实验室 they are the verb (建设…创新中心).
 */
const INSIDE_NAMES: ReadonlySet<string> = new Set(['发展', '建设', '建', '新', '大', '高', '工作']);
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;
const OPENERS = new Set(['(', '（']);
const CLOSERS = new Set([')', '）']);
/** A count before a generic body: 四大实验室, 三家平台. */
const COUNT = /^[一二两三四五六七八九十百千几多数]+[大个家所类项批]?$/u;
const MEASURE = /^[大个家所类项批]/u;
const MAX_CHARS = 16;
const MAX_WORDS = 5;

/** Whether `text` splits wholly into words of `parts`: 企业技术 is 企业 + 技术. O(length²). */
function madeOf(text: string, parts: ReadonlySet<string>): boolean {
  const reachable = [true];
  for (let end = 1; end <= text.length; end++) {
    reachable[end] = false;
    for (let start = 0; start < end && !reachable[end]; start++)
      reachable[end] = reachable[start]! && parts.has(text.slice(start, end));
  }
  return reachable[text.length]!;
}

export interface SuffixCandidate {
  start: number;
  end: number;
  name: string;
  type: OrganisationType;
}

/**
 * Organisations a sentence names by their ending (x高新进出口公司, 泉州师范学院, 朝阳保税物流中心):
 * each word ending in a suffix, extended left over up to five words (a bracketed part such as
 * (工业) included) until punctuation or a word in LEFT_STOPS, kept when at least two characters
 * of the name are in words neither made of `generic` words (企业技术 is) nor counts. O(words).
 */
export function suffixCandidates(words: readonly string[], generic: ReadonlySet<string>): SuffixCandidate[] {
  const offsets = [0];
  for (const w of words) offsets.push(offsets.at(-1)! + w.length);
  const found: SuffixCandidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const rule = ORGANISATION_SUFFIXES.find(([suffix]) => word.endsWith(suffix));
    if (!rule) continue;
    const [suffix, type] = rule;
    if (suffix === '中心' && /^[城区]/u.test(words[i + 1] ?? '')) continue;
    let first = i;
    let chars = word.length;
    let taken = 0;
    for (let j = i - 1; j >= 0 && taken < MAX_WORDS; j--) {
      const w = words[j]!;
      if (CLOSERS.has(w)) {
        const open = words.slice(0, j).findLastIndex((x) => OPENERS.has(x));
        if (open === -1 || offsets[j + 1]! - offsets[open]! > 8) break;
        chars += offsets[j + 1]! - offsets[open]!;
        j = open;
        first = open;
        continue;
      }
      const inside = type === 'enterprise' && INSIDE_NAMES.has(w);
      if (!NAME_CHAR.test(w) || (LEFT_STOPS.has(w) && !inside) || chars + w.length > MAX_CHARS) break;
      chars += w.length;
      taken += 1;
      first = j;
    }
    while (first < i && INSIDE_NAMES.has(words[first]!)) first++;
    // The suffix word's own head (服务 of 服务中心, 证券 of 证券公司) is judged like any other word.
    const parts = [...words.slice(first, i), word.slice(0, word.length - suffix.length)];
    const own = parts.reduce((n, w, k) => {
      if (!NAME_CHAR.test(w) || madeOf(w, generic) || OPENERS.has(w) || CLOSERS.has(w)) return n;
      if (COUNT.test(w) && (/[大个家所类项批]$/u.test(w) || MEASURE.test(parts[k + 1] ?? words[i]!))) return n;
      return n + [...w].filter((c) => NAME_CHAR.test(c) && c !== 'x' && c !== 'X').length;
    }, 0);
    if (own < 2) continue;
    found.push({ start: offsets[first]!, end: offsets[i + 1]!, name: words.slice(first, i + 1).join(''), type });
  }
  return found;
}
