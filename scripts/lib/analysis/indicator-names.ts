/**
 * Names of the statistical indicators plans report every year. Two documents both writing
 * 社会消费品零售总额 share a statistics form, not wording, so phrases.json lists such runs apart.
 */
export const INDICATOR_NAMES: readonly string[] = [
  '地区生产总值',
  '国内生产总值',
  '生产总值',
  'GDP',
  '居民人均可支配收入',
  '城镇居民人均可支配收入',
  '农村居民人均可支配收入',
  '人均可支配收入',
  '一般公共预算收入',
  '地方一般公共预算收入',
  '一般公共预算支出',
  '全口径税收',
  '税收收入',
  '财政收入',
  '规模以上工业增加值',
  '规上工业增加值',
  '工业增加值',
  '规模以上工业总产值',
  '规上工业总产值',
  '工业总产值',
  '社会消费品零售总额',
  '固定资产投资',
  '工业投资',
  '进出口总额',
  '外贸进出口',
  '实际利用外资',
  '实际使用外资',
  '营业收入',
  '主营业务收入',
  '技工贸总收入',
  '研发投入',
  '研发经费投入',
];

/** An indicator named by its ending (…收入, …增加值, …总额, …产值) when a figure or its change follows. */
const NAMED_BY_ENDING = /\p{sc=Han}{1,8}?(?:收入|增加值|总额|产值|总值)(?=同比|增长|增速|下降|达|突破|超过|\p{Nd})/gu;
/** A figure and the words reporting it: 16.3亿元, 同比增长12.5%, 分别增长, 个百分点. */
const FIGURE =
  /[\p{Nd}.．%％]+|个百分点|百分点|亿元|万元|亿|万|元|同比|增长|增速|下降|分别|累计|实现|完成|全年|达到|达|突破|超过|以上|左右/gu;
const PUNCTUATION = /[\s\p{P}\p{S}]/gu;
/** Fewest characters a phrase needs besides indicator names and figures to be wording of its own. */
const MIN_OWN_CHARS = 4;

/**
 * Whether a shared run is an indicator's name or a figure reported about one: with the names,
 * the …收入/…增加值/…总额 pattern, figures, report words and punctuation taken out, fewer than four
 * characters are left. 一般公共预算收入增长, 直管区地区生产总值 and 完成固定资产投资 are;
 * 新增规模以上工业企业 and 招商引资、项目建设 are not.
 */
export function isIndicatorPhrase(phrase: string): boolean {
  let rest = phrase;
  for (const name of [...INDICATOR_NAMES].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(name, '|');
  rest = rest.replace(NAMED_BY_ENDING, '|').replace(FIGURE, '|');
  if (rest === phrase) return false;
  return [...rest.replace(PUNCTUATION, '')].length < MIN_OWN_CHARS;
}
