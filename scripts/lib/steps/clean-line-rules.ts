/**
 * Web-page furniture that fills a whole line. Each rule is tested against the line folded for
 * matching (simplified characters, half-width punctuation: see text/fold.ts), so one pattern
 * serves 責任編輯 and 责任编辑, "：" and ":". Every pattern is anchored at both ends, and free text
 * inside one is length-capped: furniture is short, and a long line is plan text.
 */
export interface LineRule {
  /** Stable name, used by the fixture folders under tests/fixtures/clean/. */
  name: string;
  pattern: RegExp;
  /** Why the line goes, as the document page and `removed` report it. */
  reason: string;
}

const CREDIT =
  '(?:文图|文|图|全媒体记者|本报记者|本台记者|特约记者|见习记者|首席记者|实习生|记者|通讯员|作者|责任编辑|责编|编辑|编审|审核|审校|校对|一审|二审|三审|终审|供稿|摄影|摄像|撰稿|主编|监制)';
const NAME = '[\\p{Script=Han}·]{2,5}';
const CREDIT_ITEM = `[\\p{Script=Han}·]{0,12}?${CREDIT}(?:\\s*[:/]\\s*|\\s+)(?:${NAME}(?:[\\s、,]+${NAME}){0,4})?`;

export const FURNITURE: readonly LineRule[] = [
  // 扫一扫在手机打开当前页 · 微信扫一扫 · 扫一扫,分享到朋友圈
  { name: 'share-prompt', pattern: /^(?:用?微信|手机)?扫一扫.{0,15}$/u, reason: 'share prompt' },
  // 分享到: · 分享至 微信 微博 QQ空间 · 分享 · 转藏 分享 献花(0
  {
    name: 'share-buttons',
    pattern:
      /^(?:分享[到至]?[:]?|转藏|献花\(\d*\)?|点赞)(?:[\s、,|/]*(?:微信|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|豆瓣|人人网|更多|分享|转藏|献花\(\d*\)?|点赞)){0,12}[\s、,|/]*$/u,
    reason: 'share prompt',
  },
  // 【打印】【关闭窗口】 · 打印本页 · 返回顶部 · 收藏 打印 · 【打印文本】 · 打印 | 关闭 ·
  // 保护视力色: 杏仁黄 秋叶褐 胭脂红 (a template's reading-colour switch)
  {
    name: 'page-control',
    pattern:
      /^(?:(?:[【\[]?(?:打印本页|打印此页|打印文本|我要打印|打印|关闭窗口|关闭本页|关闭此页|关闭|返回顶部|返回列表|返回|收藏本页|收藏|加入收藏|我要纠错|纠错)[】\]]?[\s|/·]*){1,8}|(?:视力保护色|保护视力色|护眼色)[:]?[^。;,]{0,60})$/u,
    reason: 'page control',
  },
  // 无障碍浏览 长辈版 设为首页 | 加入收藏 | · 繁体版 无障碍 关怀版 智能机器人 注册
  {
    name: 'site-navigation',
    pattern:
      /^(?=(?:.*?(?:无障碍|长者专区|长辈版|关怀版|适老版|设为首页|加入收藏|繁体版|简体版|English|ENGLISH|智能问答|智能机器人|网站地图|移动端|数字报|新闻热线|联系我们|关于我们|隐私政策|法律声明|登录|注册)){2}).{0,80}$/u,
    reason: 'site navigation',
  },
  // 氢能科技 沙蓬绿色种养产业模式 联源科技 园区 园区 — five or more short words and no punctuation: tags or menu
  {
    name: 'word-list',
    pattern: /^(?:[^\s\p{P}\p{S}]{1,10}\s+){4,30}[^\s\p{P}\p{S}]{1,10}$/u,
    reason: 'site navigation',
  },
  // 当前位置:首页>政务公开 · 您现在的位置:首页 > 开发区新闻 · 当前位置: · 首页 > 综合范文 > …
  {
    name: 'breadcrumb',
    pattern:
      /^(?:(?:您当前|您现在|您所在|当前|现在|所在|您)的?位置\s*[:]?.{0,120}|(?:网站)?首页\s*(?:>|>>|›|»|\/|→).{0,150}|(?:网站)?首页|返回首页)$/u,
    reason: 'breadcrumb',
  },
  // 上一篇:… · 下一篇:… — links to the neighbouring articles
  // A WeChat article's furniture: 原创 某某发布 2023-02-01 08:00 发表于湖南 · 点击蓝字 关注我们 ·
  // 收录于合集 #园区动态 12个 · 阅读原文 · 阅读 1234 在看 12 · END (its 往期推荐 ends the text: RELATED_LINKS)
  {
    name: 'wechat-furniture',
    pattern:
      /^(?:原创\s.{0,40}\d{4}-\d{2}-\d{2}(?:\s+\d{2}:\d{2})?(?:\s+发表于\S{1,12})?|(?:点击|戳)?(?:上方)?蓝字\s*.{0,6}关注.{0,12}|收录于(?:合集|话题)\s*.{0,40}|阅读原文|(?:(?:阅读|在看|点赞|赞|分享|收藏|留言)\s*(?:\d[\d.万wW+]*)?\s*){1,6}|[-—_\s]*END[-—_\s]*)$/u,
    reason: 'WeChat furniture',
  },
  { name: 'page-turn', pattern: /^(?:上一篇|下一篇|上一条|下一条)\s*[:].{0,80}$/u, reason: 'page navigation' },
  // 第07版:市州·长春 — a digital newspaper's page name
  { name: 'newspaper-page', pattern: /^第\s*[0-9A-Z]{1,3}\s*版(?:[:\s].{0,20})?$/u, reason: 'page navigation' },
  // 【查看原图】 · [点击查看大图] · 打开网易新闻 查看精彩图片
  {
    name: 'image-link',
    pattern: /^.{0,12}[【\[]?(?:点击)?查看(?:精彩|高清)?(?:原图|大图|图片)[】\]]?.{0,6}$/u,
    reason: 'image link',
  },
  // 园区01.jpg — an image's file name standing where the image was
  { name: 'image-file-name', pattern: /^\S{0,40}\.(?:jpe?g|png|gif|webp|bmp)$/iu, reason: 'image link' },
  // 湖南湘江新区梅溪湖片区。湘江新区供图 · (资料图片仅供参考) · 会议现场 · 座谈会现场
  { name: 'caption-credit', pattern: /^.{0,60}供图[)）]?$/u, reason: 'photo caption' },
  {
    name: 'caption-stock',
    pattern: /^[(（]?(?:资料图片|资料图|图片来源|图片由).{0,20}[)）]?$/u,
    reason: 'photo caption',
  },
  // 图为园区全景。 · 上图:签约仪式 — a figure's caption
  { name: 'caption-figure', pattern: /^(?:图为|图:|上图|下图|左图|右图|组图)[:]?.{0,50}$/u, reason: 'photo caption' },
  {
    name: 'caption-scene',
    pattern: /^[\p{Script=Han}]{0,6}(?:会议|会|仪式|活动|签约|调研|典礼)现场[。.]?$/u,
    reason: 'photo caption',
  },
  // 新区夜景。记者 张三 摄 · (通讯员李四摄) — the name must follow 记者/通讯员 or stand apart,
  // so a heading that merely ends in 拍摄 stays
  {
    name: 'caption-photographer',
    pattern: /^.{0,60}(?:(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}|[\p{Script=Han}·]{2,4}\s+)摄[)）]?$/u,
    reason: 'photo caption',
  },
  // (责编:唐李晗、罗帅) · 【责任编辑:张三】 · 编辑: 李四 — a credit holds no sentence
  {
    name: 'editor-credit',
    pattern: /^[(（【\[]?\s*(?:责编|责任编辑|编辑|审核|校对)\s*[:][^。！？!?]{1,30}$/u,
    reason: 'editor credit',
  },
  // 记者 杨宇龙 · 本报记者 张焱 · 作者:通讯员:刘鼎 · 二审:林慧 刘书仁 · 兰州日报社全媒体记者 李昕 ·
  // 供稿/黄璐杨 陈友健 周龙 编辑/王瑶瑶 编审/刘露 金策
  {
    name: 'reporter-credit',
    pattern: new RegExp(`^[(（【\\[]?\\s*${CREDIT_ITEM}(?:[\\s|]*${CREDIT_ITEM}){0,5}\\s*[)）】\\]]?$`, 'u'),
    reason: 'reporter credit',
  },
  // 预览阅读已结束,若您需要全文或代笔。 · 预览结束,免费获取全文…
  { name: 'paywall-preview', pattern: /^(?:预览|试读)(?:阅读)?已?结束.{0,40}$/u, reason: 'paywall trailer' },
  // 阅读全文 · 展开全文 · 余下全文 · 付费阅读 · (未完待续)
  {
    name: 'paywall-more',
    pattern:
      /^.{0,20}(?:阅读全文|查看全文|展开全文|余下全文|剩余全文|下载全文|免费获取全文|付费阅读|未完待续|剩余\d+%未读).{0,40}$/u,
    reason: 'paywall trailer',
  },
  // 请点击👉 mooonya 👈联系老师
  { name: 'advert-contact', pattern: /^请点击.{0,30}联系.{0,10}$/u, reason: 'advert' },
  // 如有类似需求,请找作者:网络整理
  { name: 'advert-request', pattern: /^如有类似需求.{0,40}$/u, reason: 'advert' },
  // 本站是提供个人知识管理的网络存储空间,所有内容均由用户发布,不代表本站观点。…
  {
    name: 'site-disclaimer',
    pattern: /^(?=.*(?:不代表本站观点|所有内容均由用户发布|一键举报|谨防诈骗)).{0,250}$/u,
    reason: 'site disclaimer',
  },
  // 《…docx》由会员分享,可在线阅读 · 本文档由用户上传 · 下载前请仔细阅读 · 温馨提示:
  {
    name: 'doc-sharing-notice',
    pattern:
      /^(?=.{0,40}(?:由(?:会员|用户|网友)(?:分享|上传|发布)|本文档|下载前|下载文档|文件下载|查看预览|联系客服|下载积分|付费完成|在线阅读|文库网|文档网|免费下载|立即下载|点击下载|全文下载|下载此文档|VIP会员)).{0,200}$/u,
    reason: 'doc-sharing wrapper',
  },
  { name: 'doc-sharing-tip', pattern: /^温馨提示[:!！]?$/u, reason: 'doc-sharing wrapper' },
  // • 17.39 KB · 页数: 14 · 下载积分: 5 · 文档格式: docx
  {
    name: 'doc-sharing-facts',
    pattern:
      /^[•·\s]*(?:\d+(?:\.\d+)?\s*(?:KB|MB|K|M|kb|mb|字节)|(?:文档页数|页数|下载积分|积分|文档格式|文件格式|格式|文档大小|文件大小|大小|上传时间|上传日期|上传者|上传人|贡献者|分享者|下载次数|下载量)\s*[:]?\s*[\w.\-\s页个次]{0,20})(?:\s+(?:页数|下载积分|积分|格式|大小|上传时间|下载次数)\s*[:]?\s*[\w.\-\s页个次]{0,20}){0,6}$/u,
    reason: 'doc-sharing wrapper',
  },
  // 网站客服:3074922707 · 新闻热线 0891-6325020 · QQ: 12345678
  {
    name: 'contact-number',
    pattern: /^.{0,10}(?:客服|热线|QQ|qq|微信号?|电话)(?:电话|号码?)?\s*[:]?\s*[【\[]?[\d\-()\s]{5,20}[】\]]?$/u,
    reason: 'contact line',
  },
  // 欢迎广大网民提供新闻线索,积极投稿。…投稿邮箱:… · 微信公众号:…
  {
    name: 'site-promotion',
    pattern: /^(?=.*(?:投稿|新闻线索|爆料|微信公众号|官方微博|微网志).*(?:邮箱|热线|电话|公众号|微博|@)).{0,250}$/u,
    reason: 'site promotion',
  },
  // 作品版权归原作者所有!… · 本文版权归原作者所有,如有侵权请联系删除 · 版权声明: ·
  // 凡文章来源为…未经许可不得转载
  { name: 'copyright-owner', pattern: /^(?:本?作品|本?文章|本文)?版权归原作者.{0,60}$/u, reason: 'copyright notice' },
  { name: 'copyright-heading', pattern: /^(?:版权声明|免责声明)[:]?$/u, reason: 'copyright notice' },
  {
    name: 'copyright-reprint',
    pattern: /^(?=.*未经(?:许可|授权|允许)不得(?:转载|复制|镜像)).{0,200}$/u,
    reason: 'copyright notice',
  },
  {
    name: 'copyright-collected',
    pattern: /^部分(?:作品|文章|内容)(?:搜集|收集|来源|转载)于?网络.{0,60}$/u,
    reason: 'copyright notice',
  },
  {
    name: 'copyright-platform',
    pattern: /^本(?:平台|站|网站|公众号)仅(?:作|供)(?:分享|学习|交流).{0,60}$/u,
    reason: 'copyright notice',
  },
  // 0条评论 · 发表 · 请遵守用户 评论公约 · 类似文章 更多
  {
    name: 'comment-widget',
    pattern: /^(?:\d+\s*条评论|发表(?:评论)?|请遵守.{0,10}评论公约|类似文章\s*更多|我要评论|网友评论)$/u,
    reason: 'comment widget',
  },
  // 相关附件下载: · 附件:
  { name: 'attachment-link', pattern: /^(?:相关)?附件(?:下载)?[:]?$/u, reason: 'attachment link' },
  // 主办:… 承办:… · 政府网站标识码… 川公网安备… 蜀ICP备… · 陕公网
  {
    name: 'site-footer',
    pattern:
      /^(?=.*(?:ICP备|ICP证|公网安备|网站标识码|^主办[:]|承办[:]|技术支持[:]|版权所有[:]|Copyright|©)|.公网(?:安备)?$).{0,150}$/u,
    reason: 'site footer',
  },
  // 核心提示:… — an auto-generated lead that repeats the article's first paragraph
  { name: 'summary-box', pattern: /^核心提示[:].{0,200}$/u, reason: 'repeated lead' },
  // Deyang National High tech Industrial Development Zone — a site's English name in a Chinese page
  {
    name: 'latin-header',
    pattern: /^[A-Za-z][A-Za-z&'.,\-]*(?:\s+[A-Za-z&'.,\-]+){2,15}$/u,
    reason: 'English page header',
  },
  // https://www.example.gov.cn/art/2023/3/1/art_1.html · 原文链接:http://… — a link where the page had one
  {
    name: 'bare-link',
    pattern: /^(?:(?:原文|本文|文章)?(?:链接|网址|地址)\s*:\s*)?(?:https?:\/\/|www\.)[^\s\p{Script=Han}]{1,300}$/iu,
    reason: 'link',
  },
  // 40 — a bare counter or page number
  { name: 'bare-number', pattern: /^\d{1,6}$/u, reason: 'page number or counter' },
  // adult or gambling keywords strung together by a spam injector
  {
    name: 'seo-spam',
    pattern:
      /^(?=(?:.*?(?:激情|精品视频|一区二区|二区三区|不卡|在线播放|无码|有码|成人|色情|国产精品|亚洲精品|日韩|欧美|丁香|五月天|av|AV|porn|博彩|娱乐城|赌场|百家乐|老虎机|真人娱乐|棋牌|彩票|bet365|365bet|体育投注|官网在线)){2})(?!.*[。！？]).{0,300}$/u,
    reason: 'spam',
  },
  // | · --- · *** · —— : punctuation and symbols only, nothing to read;
  // \n written out in a file that also has real line breaks (left as written there) reads as nothing too
  { name: 'separator', pattern: /^(?:[\p{P}\p{S}\s]|\\[nrt])+$/u, reason: 'separator' },
];
