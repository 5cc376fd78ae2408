import type { Segmenter } from '../text/segmenter.ts';
import { isCountedWord } from '../../../src/shared/analysis/stopwords.ts';

/**
 * National Party-line and State Council formulas that every plan repeats word for word. Sharing
 * one says nothing about two parks' relation; phrases.json lists them as boilerplate.
 */
export const GENERIC_PHRASES: readonly string[] = [
  '习近平新时代中国特色社会主义思想',
  '习近平总书记',
  '中国特色社会主义',
  '中华民族伟大复兴',
  '中国梦',
  '党的二十大精神',
  '党的二十大',
  '党的十九大',
  '二十届三中全会',
  '十九届四中全会',
  '中共中央',
  '党中央',
  '国务院',
  '新发展理念',
  '新发展格局',
  '高质量发展',
  '中国式现代化',
  '新质生产力',
  '稳中求进工作总基调',
  '两个维护',
  '两个确立',
  '四个意识',
  '四个自信',
  '不忘初心、牢记使命',
  '全面从严治党',
  '三会一课',
  '放管服',
  '最多跑一次',
  '一件事一次办',
  '创新是引领发展的第一动力',
  '人才是第一资源',
  '科技是第一生产力',
  '疫情要防住、经济要稳住、发展要安全',
  '完整、准确、全面贯彻',
  '全面建成小康社会',
];

/**
 * The genre's own formulas: how a work report names its meetings, its leaders and its year
 * (在市委、市政府的坚强领导下, 党工委书记、管委会主任, 经济工作会议精神, 开局之年).
 */
export const GENRE_FORMULAS: readonly string[] = [
  '坚强领导',
  '决策部署',
  '会议精神',
  '经济工作会议',
  '工作会议',
  '全体(扩大)会议',
  '扩大会议',
  '重要讲话',
  '重要指示',
  '指示精神',
  '批示精神',
  '开局之年',
  '收官之年',
  '关键之年',
  '攻坚之年',
  '伟大旗帜',
  '党工委',
  '管委会',
  '副书记',
  '书记',
  '副主任',
  '主任',
  '委员',
  '市委',
  '市政府',
  '省委',
  '省政府',
  '中央',
  '国民经济和社会发展',
  '五年规划',
  '远景目标',
  '执行情况',
  '全会',
  '十九届',
  '二十届',
  '十九大',
  '二十大',
  '二中',
  '三中',
  '四中',
  '五中',
  '稳中求进',
  '总基调',
  '小康社会',
  '供给侧结构性改革',
  '新台阶',
  '新征程',
  '新篇章',
  '勇担使命',
  '攻坚克难',
  '开拓进取',
  '总结',
  '部署',
  '贯彻落实',
  '学习贯彻',
  '学习宣传',
  '宣传贯彻',
  '全面贯彻',
  '全面落实',
  '深入贯彻',
  '重要要求',
  '经济社会发展',
  '经济运行',
];

/** Labels a web page puts around a document (发布时间, 来源, 浏览次数 …); a run holding one is scraper text. */
export const SCRAPER_LABELS: readonly string[] = [
  '发布时间',
  '发布日期',
  '来源',
  '信息来源',
  '浏览次数',
  '浏览量',
  '阅读量',
  '点击数',
  '索引号',
  '发文机关',
  '发文字号',
  '文号',
  '成文日期',
  '公开范围',
  '公开方式',
  '公开时限',
  '主题分类',
  '责任编辑',
  '打印本页',
  '关闭窗口',
  '字号',
  '分享到',
  '扫一扫',
];
const SCRAPER_TEXT = new RegExp(`(?:${SCRAPER_LABELS.join('|')})\\s*[:：]`, 'u');
/** A pinyin gloss a page printed after a character, 創(chuàng): the page's rendering, not the document's words. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

/** Fewest characters of counted words (see isCountedWord) a shared run needs beyond the formulas above. */
const MIN_OWN_CHARS = 4;

/**
 * Whether a shared phrase is boilerplate. A quoted slogan is when it is one of the national
 * formulas (“放管服” is, “三高四新” is not). A shared run is when it holds a scraper label
 * (公开范围: 面向全社会) or a pinyin gloss (科技創(chuàng)新), or when, with the national and genre formulas taken out, fewer than four
 * characters of counted words are left: 以习近平新时代中国特色社会主义思想为指, 深入贯彻党的二十 and
 * 区党工委委员、管委会副主任 are; 相对集中行政许可 is not.
 */
export function isGenericPhrase(phrase: string, kind: 'quoted' | 'shared-run', segmenter: Segmenter): boolean {
  if (kind === 'quoted') return GENERIC_PHRASES.includes(phrase);
  if (SCRAPER_TEXT.test(phrase) || PINYIN_GLOSS.test(phrase)) return true;
  let rest = phrase;
  for (const formula of [...GENERIC_PHRASES, ...GENRE_FORMULAS]) rest = rest.replaceAll(formula, '|');
  const own = segmenter
    .cut(rest)
    .filter(isCountedWord)
    .reduce((n, w) => n + [...w].length, 0);
  return own < MIN_OWN_CHARS;
}
