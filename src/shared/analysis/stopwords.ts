/**
 * Policy boilerplate that every plan writes: verbs of effort (加强, 推进, 落实), degree and manner
 * fillers (全面, 进一步, 积极), and the frame words of the genre (工作, 发展, 建设). They carry
 * no difference between documents, so keyness and the generic-phrase test leave them out.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // verbs of effort and action
  '加强', '推进', '落实', '推动', '坚持', '深入', '持续', '提升', '加快', '强化', '实施', '完善', '优化',
  '打造', '开展', '深化', '构建', '形成', '实现', '确保', '力争', '促进', '支持', '鼓励', '引导', '培育',
  '做好', '抓好', '抓实', '提高', '增强', '发挥', '健全', '建立', '推行', '贯彻', '围绕', '依托', '聚焦',
  '突出', '注重', '统筹', '扎实', '巩固', '拓展', '扩大', '创建', '加大', '狠抓', '抓住', '抢抓', '用好',
  '做实', '做优', '做大', '做强', '做大做强', '不断', '着力', '致力', '全力', '大力', '努力', '奋力',
  '坚定', '坚决', '牢牢', '紧紧', '紧盯', '主动', '积极', '认真', '切实', '有效', '有序', '稳步', '扎实推进',
  '加速', '推广', '运用', '利用', '进行', '通过', '提供', '参与', '开创', '着眼', '立足', '按照', '根据',
  '结合', '对接', '引进', '争取', '探索', '发展', '建设', '工作', '重点', '全面', '进一步',
  '要', '抓', '做', '建', '推', '促',
  // degree, manner, time and frame fillers
  '更加', '更好', '更多', '更大', '更高', '各类', '各项', '各种', '相关', '有关', '一批', '一个', '一些',
  '一系列', '一体', '方面', '领域', '水平', '能力', '机制', '体系', '作用', '方式', '模式', '格局', '力度',
  '当前', '今后', '目前', '同时', '以及', '及其', '并且', '或者', '其中', '之一', '不仅', '而且', '进而',
  '我们', '大家', '自身', '新', '好', '大', '高', '强', '快', '作为', '就是', '一定', '如何', '怎么', '什么',
  '应该', '能够', '可以', '已经', '需要', '必须', '不能', '还是', '这样', '以来', '之前', '之后', '今年', '明年',
  '去年', '一年', '关于', '对于', '所有', '一切', '新的', '特色鲜明',
  // function words
  '的', '了', '和', '与', '及', '等', '在', '为', '将', '是', '对', '把', '以', '于', '由', '从', '向',
  '中', '上', '下', '内', '外', '之', '其', '并', '或', '也', '都', '又', '再', '就', '让', '使', '被',
  '着', '过', '到', '给', '这', '那', '此', '该', '各', '每', '个', '是否', '这个', '这些', '那些', '一是',
  '二是', '三是', '四是', '五是', '一方面', '另一方面', '等等', '以上', '以下', '之间', '其他', '之中',
]);

/**
 * Words that name the kind of park or its organs. Every document of a kind uses them, so they
 * would top the keyness of any pair of high-tech zones without telling the two apart.
 */
export const PARK_TYPE_WORDS: ReadonlySet<string> = new Set([
  '高新区', '高新技术产业开发区', '高新技术开发区', '经开区', '经济技术开发区', '经济开发区', '开发区', '新区', '国家级新区',
  '园区', '工业园区', '产业园区', '产业园', '工业园', '示范区', '自贸区', '综保区', '管委会', '党工委', '工委', '片区', '全区', '本区', '我区',
]);

/** The placeholders anonymized documents write for names: x高新区, XX书记. */
const PLACEHOLDER = /^[xX]+$/u;
/** Digits, Chinese numerals and the marks numbers are written with: 206, 3.5, 二十, 100%. */
const NUMBER = /^[\p{Nd}零〇一二两三四五六七八九十百千万亿.．,，%％×*+\-~～]+$/u;
/** Counts and ordinals, which enumerate rather than name: 四个, 三大, 两项, 第一. */
const COUNT_OR_ORDINAL = /^(?:[零〇一二两三四五六七八九十百千]+[个大项条家次位批类种张]|第[零〇一二两三四五六七八九十百千\p{Nd}]+)$/u;
/** A word with a letter or Han character in it; everything else is punctuation or symbols. */
const WORDLIKE = /[\p{L}]/u;

/**
 * True when keyness counts the word: not a stop word or park-type word, not a single character, not a number, a
 * count or an ordinal, not punctuation, not an anonymization placeholder. `isCountedWord('工程机械')` is true,
 * `isCountedWord('推进')`, `isCountedWord('206')`, `isCountedWord('，')` are false.
 */
export function isCountedWord(word: string): boolean {
  const w = word.trim();
  return [...w].length >= 2 && WORDLIKE.test(w) && !STOPWORDS.has(w) && !PARK_TYPE_WORDS.has(w) && !NUMBER.test(w) && !COUNT_OR_ORDINAL.test(w) && !PLACEHOLDER.test(w);
}
