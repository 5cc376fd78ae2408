/** A line of plan text, trimmed, with its 1-based line number in the decoded text. */
export type KeptLine = { n: number; text: string };

/** A whole line dropped as web-page furniture, with its 1-based line number and why. */
export type RemovedLine = { line: number; text: string; reason: string };

export type Cleaned = { lines: KeptLine[]; removed: RemovedLine[] };

/** A kind of web-page furniture: a pattern that must match the whole trimmed line. */
export type FurnitureRule = { pattern: RegExp; reason: string };

/** Web-page furniture, one rule a kind; every pattern is anchored at both ends of the line. */
export const FURNITURE: readonly FurnitureRule[] = [
  // Copied pages mix ASCII and full-width punctuation, so patterns accept both (":" and "：").
  // Free text inside a pattern is length-capped: furniture is short, and a long line is plan text.
  // 扫一扫在手机打开当前页 · 微信扫一扫 · 扫一扫，分享到朋友圈
  { pattern: /^(?:用?微信|手机)?扫一扫.{0,15}$/u, reason: 'share prompt' },
  // 分享到: · 分享至 微信 微博 QQ空间
  {
    pattern:
      /^分享[到至][:：]?(?:[\s、,，|/]*(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|更多))*[\s、,，|/]*$/u,
    reason: 'share prompt',
  },
  // 【打印】【关闭窗口】 · 打印本页 · 返回顶部
  {
    pattern: /^(?:[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏本页)[】\]]?\s*)+$/u,
    reason: 'page control',
  },
  // 【查看原图】 · [点击查看大图]
  { pattern: /^[【\[]?(?:点击)?查看(?:原图|大图)[】\]]?$/u, reason: 'image link' },
  // 湖南湘江新区梅溪湖片区。湘江新区供图
  { pattern: /^.{0,60}供图[)）]?$/u, reason: 'photo caption' },
  // 新区夜景。记者 张三 摄 · (通讯员李四摄) — the name must follow 记者/通讯员 or stand apart,
  // so a heading that merely ends in 拍摄 stays
  {
    pattern: /^.{0,60}(?:(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}|[\p{Script=Han}·]{2,4}\s+)摄[)）]?$/u,
    reason: 'photo caption',
  },
  // (责编:唐李晗、罗帅) · 【责任编辑：张三】 · 编辑: 李四 — a credit holds no sentence
  {
    pattern: /^[(（【\[]?\s*(?:责编|责任编辑|编辑|审核|校对)\s*[:：][^。！？!?]{1,30}$/u,
    reason: 'editor credit',
  },
  // 预览阅读已结束，若您需要全文或代笔。
  { pattern: /^(?:预览|试读)(?:阅读)?已?结束.{0,40}$/u, reason: 'paywall trailer' },
  // 请点击👉 mooonya 👈联系老师
  { pattern: /^请点击.{0,30}联系.{0,10}$/u, reason: 'advert' },
  // 如有类似需求，请找作者：网络整理
  { pattern: /^如有类似需求.{0,40}$/u, reason: 'advert' },
  // 作品版权归原作者所有！… · 本文版权归原作者所有，如有侵权请联系删除
  { pattern: /^(?:本?作品|本?文章|本文)?版权归原作者.{0,60}$/u, reason: 'copyright notice' },
  // 部分作品搜集于网络，无署名作品请点击作品认领进行认领和申诉。
  {
    pattern: /^部分(?:作品|文章|内容)(?:搜集|收集|来源|转载)于?网络.{0,60}$/u,
    reason: 'copyright notice',
  },
  // 本平台仅作分享学习展示，请勿做他用。
  {
    pattern: /^本(?:平台|站|网站|公众号)仅(?:作|供)(?:分享|学习|交流).{0,60}$/u,
    reason: 'copyright notice',
  },
  // | · --- · *** · —— : punctuation and symbols only, nothing to read
  { pattern: /^[\p{P}\p{S}\s]+$/u, reason: 'separator' },
];

/**
 * Splits decoded text (LF line ends) into trimmed lines, drops blank lines silently, and moves
 * every line that is wholly web-page furniture to `removed`. Title, date and source header lines
 * are left for the metadata step.
 */
export function clean(text: string): Cleaned {
  const lines: KeptLine[] = [];
  const removed: RemovedLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const rule = FURNITURE.find(({ pattern }) => pattern.test(line));
    if (rule) removed.push({ line: index + 1, text: line, reason: rule.reason });
    else lines.push({ n: index + 1, text: line });
  });
  return { lines, removed };
}
