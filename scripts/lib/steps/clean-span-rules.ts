/**
 * Noise inside a line: the span is cut and the rest of the line kept. Rules are tested against the
 * line folded for matching (see text/fold.ts), which has the same length as the line, so a match
 * in the folded line cuts the same characters of the line as written.
 */
export interface SpanRule {
  /** Stable name, used by the fixture folders under tests/fixtures/clean/. */
  name: string;
  /** Global; every match is cut. */
  pattern: RegExp;
  reason: string;
}

const CREDIT = '(?:全媒体记者|本报记者|特约记者|见习记者|首席记者|实习生|记者|通讯员|摄影|编辑)';
const NAME = '[\\p{Script=Han}·]{2,5}';

// The words of a page's own controls (print, close, bookmark, font size), as web templates print them.
const CONTROL =
  '(?:字体大小|字体|字号|打印本页|打印此页|打印文本|打印文章|我要打印|打印|关闭窗口|关闭本页|关闭此页|关闭|收藏本页|加入收藏|收藏|返回顶部|返回列表|我要纠错|分享到[:]?)';
const FONT_SIZE = '(?:[大中小]|默认|超大|特大)';

// Gambling brands and the words spam glues to them. A span is only cut when it holds a brand: a
// run of Latin, digits and _ on its own (A25010-1664-8108, COVID-19, GB/T 2260) is plan text.
const BRAND =
  '(?:[a-z]*365[a-z\\d]*|[a-z\\d]*bet[a-z\\d]*|[a-z\\d]*casino[a-z\\d]*|bwin|bbin|sbobet|w88|yabo|kaiyun|vwin|dafa\\d*|amjs\\d*)';
const GLUE =
  '(?:如何|官网|亚洲版|中文版|备用网址|网投|导航|官方|在线|网站|平台|登录|登陆|入口|注册|下载|手机版|首页|网址|娱乐|体育|投注|开户|彩票|真人|棋牌|游戏|app|APP)';
const TOKEN = `(?:[a-z\\d]+${GLUE}*|${GLUE}+)`;

export const SPAN_RULES: readonly SpanRule[] = [
  // mobile28365-365_bt365如何_beat365官网在线 injected into a sentence by a mirror site
  {
    name: 'gambling-spam',
    pattern: new RegExp(`(?=[a-z\\d_\\-]*${BRAND})(?=[a-z_\\-]*\\d)${TOKEN}(?:[_\\-]${TOKEN})+`, 'giu'),
    reason: 'spam',
  },
  // 未完,全文共2270字,当前显示592字 · (未完)
  {
    name: 'truncation-notice',
    pattern:
      /[(（]?未完[,]?\s*(?:全文共\s*\d+\s*字[,]?\s*当前显示\s*\d+\s*字)?[)）]?[。.]?(?=\s*$)|[(（]?全文共\s*\d+\s*字[,]?\s*当前显示\s*\d+\s*字[)）]?[。.]?/gu,
    reason: 'paywall trailer',
  },
  // 浏览次数:- · 浏览量:4372 · 访问量: · 浏览: · 点击数:12
  {
    name: 'view-count',
    pattern:
      /[•·]?\s*(?:浏览量|浏览次数|浏览数|阅读量|阅读次数|阅读数|点击数|点击量|点击次数|点击率|访问量|访问次数|人气|浏览|点击)\s*[:]\s*[\d,.\-万+]*(?:次)?/gu,
    reason: 'view count',
  },
  // 如需全文请加QQ 3074922707 — a contact number inside a line
  { name: 'qq-number', pattern: /(?:客服)?QQ(?:号码?|群)?\s*[:]?\s*\d{5,11}/giu, reason: 'contact line' },
  // 字数:3,443 — a digital newspaper's word count
  { name: 'word-count', pattern: /字数\s*[:]\s*[\d,]+/gu, reason: 'view count' },
  // 大字 中字 小字 · 字体大小: | | · 字体【 】 · 字号:大 中 小 · 【打印】 · 【字体:大 中 小】 · 【 打印 】【 关闭 】 ·
  // 【大】【中】【小】 · 打印 分享到: on a header line
  {
    name: 'ui-words',
    pattern: new RegExp(
      [
        '(?<=^|\\s)(?:大字|中字|小字)(?=\\s|$)',
        '[•·]?\\s*(?:字体大小|字体|字号)\\s*[:]?\\s*(?:[【\\[(]\\s*[大中小\\s]*[】\\])]|[|大中小\\s]+(?=\\s|$)|$)',
        // A bracket holding only controls and the font sizes, with at least one control word.
        `[【\\[]\\s*(?:${FONT_SIZE}[\\s|/·]*)*${CONTROL}(?:[\\s|/·:]*(?:${CONTROL}|${FONT_SIZE}))*\\s*[】\\]]`,
        '[【\\[]\\s*大\\s*中\\s*小\\s*[】\\]]',
        `(?:[【\\[]\\s*${FONT_SIZE}\\s*[】\\]]\\s*){2,4}`,
        // Standing alone between spaces, only the words that mean nothing else.
        '(?<=\\s)(?:打印本页|打印此页|我要打印|打印|收藏|关闭窗口|关闭本页|关闭此页|返回顶部|分享到[:]?)(?=\\s|$)',
      ].join('|'),
      'gu',
    ),
    reason: 'page control',
  },
  // 南国早报南宁讯(记者雷小琴) · 本网拉萨4月4日讯(记者 冯骥) · 株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂) ·
  // 金山网讯  — a news agency's dateline before the first sentence
  {
    name: 'dateline',
    pattern: new RegExp(
      `^[\\p{Script=Han}\\d/·]{0,12}(?:报|网|台|端|社|媒|频道)[\\p{Script=Han}\\d]{0,8}讯(?:\\s*[(（][^()（）]{0,40}[)）])?\\s*`,
      'gu',
    ),
    reason: 'dateline',
  },
  // (记者 施翔) · (新甘肃·甘肃日报记者薛砚) · (记者林灵实习生宋慧春通讯员欧阳钢桥梁媚媚)
  {
    name: 'reporter-credit-inline',
    pattern: new RegExp(
      `[(（]\\s*[\\p{Script=Han}·]{0,14}?${CREDIT}[\\s:/]*${NAME}(?:(?:[\\s、,]+|(?=${CREDIT}))(?:${CREDIT}[\\s:/]*)?${NAME})*(?<!摄)\\s*[)）]`,
      'gu',
    ),
    reason: 'reporter credit',
  },
  // …标杆区。(曹超男) — a bare name in brackets closing the article
  {
    name: 'byline-name',
    pattern:
      /(?<=[。！？!?])\s*[(（](?!试行|暂行|草案|摘要|节选|全文|修订|下同|完|续)[\p{Script=Han}·]{2,4}[)）]\s*$/gu,
    reason: 'reporter credit',
  },
];
