import type { DocType, ParkLevel } from '../schemas/catalog.ts';
import type { Target, TargetKind, TargetStatement } from '../schemas/analysis.ts';
import type { Theme, ThemeId } from '../schemas/codebook.ts';
import type { OrganisationType } from '../schemas/lexicons.ts';
import type { Lang } from './lang.ts';

/** Names of the fixed vocabularies (park levels, document types, target kinds…) and of codebook entries, per language. */

const LEVELS = {
  zh: {
    'national-hitech': '国家级高新区',
    'national-etdz': '国家级经开区',
    'state-new-area': '国家级新区',
    provincial: '省级园区',
    county: '县级园区',
    unknown: '级别未注明',
  },
  en: {
    'national-hitech': 'National high-tech zone',
    'national-etdz': 'National ETDZ',
    'state-new-area': 'State-level new area',
    provincial: 'Provincial park',
    county: 'County park',
    unknown: 'Level not stated',
  },
} as const satisfies Record<Lang, Record<ParkLevel, string>>;

const TYPES = {
  zh: {
    'work-points': '工作要点',
    'work-plan': '工作计划',
    'work-report': '工作报告',
    'annual-summary': '年度工作总结',
    'government-work-report': '政府工作报告',
    'five-year-plan': '五年规划',
    'task-breakdown': '任务分解',
    'plan-execution-report': '计划执行情况报告',
    speech: '讲话',
    symposium: '座谈会发言',
    'news-report': '新闻报道',
    unknown: '类型未注明',
  },
  en: {
    'work-points': 'Work points',
    'work-plan': 'Work plan',
    'work-report': 'Work report',
    'annual-summary': 'Annual summary',
    'government-work-report': 'Government work report',
    'five-year-plan': 'Five-year plan',
    'task-breakdown': 'Task breakdown',
    'plan-execution-report': 'Plan execution report',
    speech: 'Speech',
    symposium: 'Symposium remarks',
    'news-report': 'News report',
    unknown: 'Type not stated',
  },
} as const satisfies Record<Lang, Record<DocType, string>>;

const TARGET_KINDS = {
  zh: { count: '数量', money: '金额', area: '面积', percent: '比例', rank: '排名', deadline: '期限', other: '其他' },
  en: {
    count: 'Count',
    money: 'Money',
    area: 'Area',
    percent: 'Percentage',
    rank: 'Rank',
    deadline: 'Deadline',
    other: 'Other',
  },
} as const satisfies Record<Lang, Record<TargetKind, string>>;

const BOUNDS = {
  zh: { 'at-least': '不少于', about: '约', 'at-most': '不超过' },
  en: { 'at-least': 'at least', about: 'about', 'at-most': 'at most' },
} as const satisfies Record<Lang, Record<NonNullable<Target['bound']>, string>>;

const STATEMENTS = {
  zh: { target: '目标', result: '实绩', unknown: '未说明' },
  en: { target: 'Target', result: 'Result', unknown: 'Not stated' },
} as const satisfies Record<Lang, Record<TargetStatement, string>>;

const ORGANISATION_TYPES = {
  zh: { enterprise: '企业', university: '高校', institute: '科研院所', platform: '平台' },
  en: { enterprise: 'Firm', university: 'University', institute: 'Research institute', platform: 'Platform' },
} as const satisfies Record<Lang, Record<OrganisationType, string>>;

/** Labels short enough for a chip or a chart axis; the codebook holds the full names. */
const THEME_SHORT = {
  zh: {
    positioning: '定位目标',
    industry: '产业布局',
    investment: '招商引资',
    projects: '项目建设',
    innovation: '科技创新',
    talent: '人才',
    enterprise: '企业服务',
    'business-env': '营商环境',
    reform: '体制改革',
    opening: '对外开放',
    regional: '区域协同',
    finance: '金融资本',
    land: '土地要素',
    digital: '数字智造',
    green: '绿色低碳',
    urban: '产城融合',
    party: '党建作风',
    safety: '安全风险',
  },
  en: {
    positioning: 'Positioning',
    industry: 'Industry',
    investment: 'Investment',
    projects: 'Projects',
    innovation: 'Innovation',
    talent: 'Talent',
    enterprise: 'Enterprises',
    'business-env': 'Business env.',
    reform: 'Reform',
    opening: 'Opening up',
    regional: 'Regional',
    finance: 'Finance',
    land: 'Land',
    digital: 'Digital',
    green: 'Green',
    urban: 'Urban',
    party: 'Party',
    safety: 'Safety',
  },
} as const satisfies Record<Lang, Record<ThemeId, string>>;

/** Chinese for the reasons the cleaner gives (in English) for removing a line. */
const REMOVED_REASONS_ZH: Record<string, string> = {
  advert: '广告',
  'attachment link': '附件链接',
  breadcrumb: '面包屑导航',
  'comment widget': '评论控件',
  'contact line': '联系方式',
  dateline: '电头',
  'doc-sharing tags': '文档分享站标签',
  'doc-sharing wrapper': '文档分享站提示',
  'English page header': '英文页头',
  'extraction space': '排版空格',
  'HTML entity decoded': 'HTML 字符实体（已还原为字符）',
  'HTML markup': 'HTML 标记',
  'invisible character': '不可见字符',
  'literal escape decoded': '转义符（已还原为换行）',
  'page navigation': '版面导航',
  'page-chunk marker': '分页标记',
  'open-government metadata (kept as metadata)': '政府信息公开栏目（已记入元数据）',
  'page number or counter': '页码或计数',
  'pinyin gloss': '拼音注音',
  'related links': '相关链接',
  'repeated lead': '重复的导语',
  'repeated line': '重复的行',
  'reporter credit': '记者署名',
  'site disclaimer': '网站免责声明',
  'site footer': '网站页脚',
  'site masthead': '网站页头',
  'site navigation': '网站导航',
  'site promotion': '网站推广',
  spam: '垃圾广告',
  'view count': '浏览量',
  'WeChat furniture': '公众号页面元素',
  'copyright notice': '版权声明',
  'editor credit': '编辑署名',
  'image link': '图片链接',
  'page control': '页面控件',
  'paywall trailer': '付费阅读提示',
  'photo caption': '图片说明',
  'publication date (kept as metadata)': '发布日期（已记入元数据）',
  separator: '分隔符',
  'share prompt': '分享提示',
  'source line (kept as metadata)': '来源行（已记入元数据）',
  'title (kept as metadata)': '标题（已记入元数据）',
};

/** A theme's name in the reader's language. */
export function themeName(lang: Lang, theme: Pick<Theme, 'zh' | 'en'>): string {
  return lang === 'zh' ? theme.zh : theme.en;
}

/** A theme's definition in the reader's language. */
export function themeDefinition(lang: Lang, theme: Pick<Theme, 'definitionZh' | 'definitionEn'>): string {
  return lang === 'zh' ? theme.definitionZh : theme.definitionEn;
}

/** A theme's short label for chips and chart axes. */
export function themeShort(lang: Lang, id: ThemeId): string {
  return THEME_SHORT[lang][id];
}

/** Why a line was removed, in the reader's language; a reason without a translation is shown as given. */
export function removedReason(lang: Lang, reason: string): string {
  return lang === 'zh' ? (REMOVED_REASONS_ZH[reason] ?? reason) : reason;
}

export function levelLabel(lang: Lang, level: ParkLevel): string {
  return LEVELS[lang][level];
}

export function typeLabel(lang: Lang, type: DocType): string {
  return TYPES[lang][type];
}

export function targetKindLabel(lang: Lang, kind: TargetKind): string {
  return TARGET_KINDS[lang][kind];
}

/** Whether a number is set as a target, reported as a result, or neither. */
export function statementLabel(lang: Lang, statement: TargetStatement): string {
  return STATEMENTS[lang][statement];
}

/** What 以上, 约, 以内… make of a number: "at least", "about", "at most". */
export function boundLabel(lang: Lang, bound: NonNullable<Target['bound']>): string {
  return BOUNDS[lang][bound];
}

export function organisationTypeLabel(lang: Lang, type: OrganisationType): string {
  return ORGANISATION_TYPES[lang][type];
}
