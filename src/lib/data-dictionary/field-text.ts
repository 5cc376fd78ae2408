/**
 * What each data file and each of its fields means, in both languages: the one place the
 * data page's tables come from. Paths are those `schemaFields` gives; a test keeps them in step
 * with the schemas.
 */

import { THEME_IDS } from '../../schemas/codebook.ts';

const THEME_COUNT = THEME_IDS.length;

export interface Bilingual {
  zh: string;
  en: string;
}

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const FILE_TEXT: Readonly<Record<string, Bilingual>> = {
  'documents.json': b(
    '每篇文件一个对象:元数据及其出处、字数句数、清洗时删除的行、提纲和各主题占比。',
    'One object per document: metadata with where it came from, counts, the lines removed when cleaning, the outline and the theme shares.',
  ),
  'passages.jsonl': b(
    '每行一个 JSON 对象,每个对象一个句子:原文、所在章节、主题和判定依据。',
    'One JSON object per line, one line per sentence: its text, section, themes and the evidence for each.',
  ),
  'matrix.csv': b(
    '文件 × 主题矩阵:每篇文件一行,每个主题一列,值为标注了该主题的正文句子占比;其后每个主题再一列句子数(_count),分母是 sentences。UTF-8 带 BOM,可直接用电子表格打开。',
    'Documents × themes: a row per document, a column per theme, each value the share of the document’s body sentences carrying the theme; then a column per theme with that count (_count), over the base sentences. UTF-8 with a byte-order mark, so spreadsheets open it directly.',
  ),
  'codebook.json': b(
    `编码表:${THEME_COUNT} 个主题的名称、定义、带权重的关键词、规则和排除词,以及判定阈值和搜索用的同义词。`,
    `The codebook: names, definitions, weighted terms, rules and exclusions of the ${THEME_COUNT} themes, the tagging threshold, and the policy synonyms search expands.`,
  ),
  'eval.json': b(
    '标注器在本项目人工标注样本上按文件交叉验证的结果(精确率、召回率、F1 及 95% 区间),与本站展示哪些文件无关。',
    'The tagger cross-validated by document on the project’s annotated sample (precision, recall, F1 with 95% intervals), whatever documents the site shows.',
  ),
  'keyness.json': b(
    '每篇文件的特色词:与其余文件相比用得明显更多的词,按加权对数优势比(带信息先验的 Dirichlet 模型)计算。',
    'Each document’s distinctive words: those it uses markedly more than the rest of the corpus, by weighted log-odds with an informative Dirichlet prior.',
  ),
  'word-counts.json': b(
    '每篇文件分词后计入的词及其次数,可用来为任意一组文件计算特色词(比较页面即如此)。',
    'Every document’s counted words and how often each occurs, so keyness can be computed for any group of documents (as the compare page does).',
  ),
  'phrases.json': b(
    '两篇或更多文件共用的提法:引号中的口号和完全相同的长句段,附每一处用法的上下文。',
    'Wording two or more documents share: quoted slogans and identical runs of text, with every use in context.',
  ),
  'targets.jsonl': b(
    '每行一个 JSON 对象,每个对象是句中一个带单位的数字(目标、数量、期限),附所在句子的主题。',
    'One JSON object per line, each a number with its unit found in a sentence (a target, a count, a deadline), with the sentence’s themes.',
  ),
  'instruments.json': b(
    '政策工具编码手册:供给型、需求型、环境型三类工具的定义,各类下的具体工具及识别它们的词。',
    'The policy-instrument codebook: definitions of the supply-, demand- and environment-side types, their tools and the words that identify them.',
  ),
  'instruments.csv': b(
    '文件 × 主题的政策工具计数:每篇文件每个主题一行,列出带该主题的句子数及其中动用各类工具的句子数。UTF-8 带 BOM。',
    'Policy instruments per document and theme: a row per document and theme, with the sentences carrying the theme and how many of them use each instrument type. UTF-8 with a byte-order mark.',
  ),
  'industries.csv': b(
    '文件 × 产业矩阵:每篇文件一行,每个产业一列,值为提到该产业的次数。产业及其关键词见本项目源代码库中的 content/industries.yaml。UTF-8 带 BOM。',
    'Documents × industries: a row per document, a column per industry, each value the number of mentions. The industries and their terms are in content/industries.yaml of the project’s source repository. UTF-8 with a byte-order mark.',
  ),
  'organisations.json': b(
    '文件中提到的企业、高校、科研院所和平台,附每一处提及。',
    'Firms, universities, research institutes and platforms the documents name, with every mention.',
  ),
  'park-changes.json': b(
    '同一园区(按 parkId)相邻两个有文件的年份之间,各主题下哪些句子延续、删去或新增:延续的句子按字符二元组 Dice 相似度一一配对。',
    'For each park (by parkId) and each two consecutive years with documents, per theme: which sentences are carried over, dropped or new; carried sentences are paired one-to-one by character-bigram Dice similarity.',
  ),
  'datapackage.json': b(
    '按 Frictionless Data Package 规范描述以上文件的元数据(许可、版本、字段),供程序读取。',
    'Machine-readable description of the files above in the Frictionless Data Package format (licence, versions, fields).',
  ),
};

const SHARE = b('标注了该主题的句子占全文句子的比例(0–1)', 'Share of the sentences carrying the theme (0–1)');

export const FIELD_TEXT: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  'documents.json': {
    id: b(
      '文件编号,用于网址和 passages.jsonl 的 doc 字段',
      'Document id, used in URLs and in passages.jsonl’s doc field',
    ),
    seed: b(
      '原始文本的文件名(源代码库 seeds/ 文件夹中)',
      'File name of the source text (in the seeds/ folder of the source repository)',
    ),
    title: b('标题', 'Title'),
    park: b(
      '园区名称,按原文写法;匿名的名称(如“x高新区”)保持原样',
      'The park’s name as written; anonymized names (e.g. “x高新区”) stay as they are',
    ),
    parkId: b('园区编号,用于串联同一园区不同年份的文件', 'Park id, linking documents of the same park across years'),
    anonymized: b('原文是否隐去了园区名称', 'Whether the source withholds the park’s name'),
    level: b('园区级别', 'Park level'),
    province: b('省份', 'Province'),
    city: b('城市', 'City'),
    year: b(
      '文件所针对的年份:计划的年份,或总结所回顾的年份',
      'The year the document is about: a plan’s year, or the year a review covers',
    ),
    years: b(
      '文件涵盖的各个年份(如“2022年工作总结和2023年工作计划”为 2022 和 2023)',
      'Every year the document covers (2022 and 2023 for “2022年工作总结和2023年工作计划”)',
    ),
    date: b('发布日期(YYYY-MM-DD)', 'Publication date (YYYY-MM-DD)'),
    source: b('发布机构或媒体', 'Issuing body or outlet'),
    type: b('文件类型', 'Document type'),
    url: b('原文网址(如已知)', 'Where the text was found (a URL), if known'),
    provenance: b(
      '每个元数据字段的出处:catalog(人工目录)、gazetteer(园区名录)、text(从正文识别)或 unknown',
      'Where each metadata field came from: catalog (hand-kept), gazetteer (the park gazetteer), text (detected in the text) or unknown',
    ),
    encoding: b('原始文件的字符编码', 'Character encoding of the seed file'),
    sha256: b('解码后文本的 SHA-256,用于去重', 'SHA-256 of the decoded text, for de-duplication'),
    chars: b('清洗后正文的字数', 'Characters of cleaned text'),
    sentenceCount: b('句子数(含标题)', 'Number of sentences, headings included'),
    bodySentences: b(
      '正文句子数(不含标题),即主题占比的分母',
      'Sentences that are not headings: the denominator of the theme shares',
    ),
    removed: b(
      '规范化和清洗时删除的内容:整行网页杂项,以及从保留行中删去的片段(拼音注音、排版空格、插入的广告、浏览量等)',
      'What normalising and cleaning removed: whole lines of web noise, and spans cut from lines that stay (pinyin glosses, extraction spaces, injected spam, view counts and the like)',
    ),
    'removed[].line': b(
      '行号(从 1 开始,按规范化后的文本计;片段为首次出现的行)',
      'Line number (from 1) in the normalised text; for a span, the first line it was cut from',
    ),
    'removed[].text': b(
      '删除的整行,或删去的片段;“推 进”表示删去了两字之间的空格',
      'The line removed, or the span cut; “推 进” means the space between the two characters was removed',
    ),
    'removed[].reason': b(
      '删除原因,如 pinyin gloss、breadcrumb、spam',
      'Why it was removed, e.g. pinyin gloss, breadcrumb, spam',
    ),
    'removed[].kind': b(
      'line:删除整行(缺省);span:从保留的行中删去片段',
      'line: the whole line went (the default when absent); span: text cut from inside a line that stays',
    ),
    'removed[].count': b(
      '片段:相同删除(同一文字、同一原因)的次数;缺省为 1',
      'For a span: how many identical cuts (same text, same reason) the entry stands for; 1 when absent',
    ),
    outline: b('文件提纲:各级标题', 'The outline: headings at every level'),
    'outline[].id': b('章节锚点,如 sec-2-1', 'Section anchor, e.g. sec-2-1'),
    'outline[].level': b(
      '层级:1 为“一、”,2 为“(一)”,3 为“1.”,4 为段首短语',
      'Level: 1 for “一、”, 2 for “(一)”, 3 for “1.”, 4 for a lead phrase',
    ),
    'outline[].label': b('原文中的编号,如“一、”', 'The numbering as written, e.g. “一、”'),
    'outline[].title': b('标题文字(不含编号)', 'Heading text without its numbering'),
    'outline[].sentence': b('标题所在句子的编号', 'Id of the sentence carrying the heading'),
    themeShares: b(
      '每个主题在正文句子中的占比(0–1,标题不计),键为主题编号',
      'Share of body sentences (headings not counted) carrying each theme (0–1), keyed by theme id',
    ),
    themeCounts: b(
      '每个主题的正文句子数(标题不计),键为主题编号',
      'Number of body sentences (headings not counted) carrying each theme, keyed by theme id',
    ),
  },
  'passages.jsonl': {
    doc: b('所属文件的编号', 'Document id'),
    id: b(
      '句子编号(如 s0001),在文件内唯一,也是文件页面上的锚点',
      'Sentence id (e.g. s0001), unique within its document and the anchor on the document page',
    ),
    section: b(
      '所在最内层章节的编号;第一个标题之前为 null',
      'Id of the innermost section; null before the first heading',
    ),
    text: b('句子原文,含句末标点', 'The sentence verbatim, terminator included'),
    heading: b('该句是否为标题', 'Whether the sentence is a heading'),
    themes: b('该句标注的主题编号', 'Theme ids the sentence carries'),
    evidence: b('每个主题的判定依据', 'The evidence for each theme'),
    'evidence[].theme': b('主题编号', 'Theme id'),
    'evidence[].score': b(
      '模型给出的该主题概率;达到阈值即标注',
      'The model’s probability of the theme; the theme holds when it reaches the threshold',
    ),
    'evidence[].threshold': b(
      '该主题的概率阈值(由交叉验证选定)',
      'The theme’s probability threshold (chosen by cross-validation)',
    ),
    'evidence[].hits': b(
      '对标注贡献最大的词或编码表关键词,从大到小',
      'The words or codebook terms that weighed most for the tag, strongest first',
    ),
    'evidence[].hits[].rule': b(
      'word(分词得到的词)、term(编码表关键词)、pattern(编码表规则)或 chars(相邻二字)',
      'word (a segmented word), term (a codebook term), pattern (a codebook rule) or chars (a character pair)',
    ),
    'evidence[].hits[].match': b('词、编码表关键词,或规则的说明', 'The word, the codebook term, or the rule’s note'),
    'evidence[].hits[].text': b(
      '被匹配的文字(已统一为简体、半角)',
      'The text matched (folded to simplified, half-width)',
    ),
    'evidence[].hits[].weight': b('它使该主题的对数几率增加了多少', 'How much it raised the theme’s log-odds'),
    'evidence[].hits[].where': b(
      '在句中(sentence)还是在所在章节标题中(heading)命中',
      'Found in the sentence or in its section heading',
    ),
    instruments: b(
      '该句动用的政策工具类型:supply(供给型)、demand(需求型)、environment(环境型);不带主题的句子为空',
      'Policy-instrument types the sentence uses: supply, demand, environment; empty for a sentence with no theme',
    ),
    instrumentEvidence: b('识别出的具体工具', 'The tools found'),
    'instrumentEvidence[].instrument': b('工具所属类型', 'The type the tool belongs to'),
    'instrumentEvidence[].tool': b('工具编号(见 instruments.json)', 'Tool id (see instruments.json)'),
    'instrumentEvidence[].terms': b(
      '句中识别出该工具的词,按出现顺序',
      'The words that identified the tool, in order of appearance',
    ),
  },
  'instruments.json': {
    version: b('政策工具编码手册的版本', 'Version of the instruments codebook'),
    instruments: b(
      '三类政策工具,按 供给型、需求型、环境型 排列',
      'The three instrument types: supply, demand, environment',
    ),
    'instruments[].id': b('类型编号', 'Type id'),
    'instruments[].zh': b('中文名称', 'Chinese name'),
    'instruments[].en': b('英文名称', 'English name'),
    'instruments[].definitionZh': b('中文定义', 'Definition in Chinese'),
    'instruments[].definitionEn': b('英文定义', 'Definition in English'),
    'instruments[].tools': b('该类下的具体工具', 'The tools of the type'),
    'instruments[].tools[].id': b('工具编号', 'Tool id'),
    'instruments[].tools[].zh': b('工具的中文名称', 'Chinese name of the tool'),
    'instruments[].tools[].en': b('工具的英文名称', 'English name of the tool'),
    'instruments[].tools[].terms': b(
      '识别该工具的词;重叠时取最长的词',
      'Words that identify the tool; where words overlap the longest wins',
    ),
    'instruments[].tools[].exclude': b(
      '包含这些词但并非该工具的词(“发展道路”不是道路)',
      'Words that contain a term without using the tool (发展道路 is not a road)',
    ),
  },
  'instruments.csv': {
    doc: b('文件编号', 'Document id'),
    theme: b('主题编号', 'Theme id'),
    tagged: b('该文件中带该主题的句子数', 'Sentences of the document carrying the theme'),
    supply: b('其中动用供给型工具的句子数', 'Of those, sentences using a supply-side instrument'),
    demand: b('其中动用需求型工具的句子数', 'Of those, sentences using a demand-side instrument'),
    environment: b('其中动用环境型工具的句子数', 'Of those, sentences using an environment-side instrument'),
    unidentified: b('其中未识别出政策工具的句子数', 'Of those, sentences in which no instrument was identified'),
  },
  'matrix.csv': {
    doc: b('文件编号', 'Document id'),
    park: b('园区名称', 'Park'),
    year: b('年份(未知时为空)', 'Year (empty when unknown)'),
    type: b('文件类型', 'Document type'),
    level: b('园区级别', 'Park level'),
    province: b('省份', 'Province'),
    sentences: b('正文句子数(不含标题):占比的分母', 'Body sentences (not headings): the base of the shares'),
    'positioning … safety': SHARE,
    'positioning_count … safety_count': b(
      '标注了该主题的正文句子数:占比的分子',
      'Body sentences carrying the theme: the numerator of the share',
    ),
  },
  'codebook.json': {
    version: b('编码表版本;关键词或规则有任何改动都会升级', 'Codebook version; bumped on any change to terms or rules'),
    threshold: b(
      '标注阈值:句子得分达到该值即标注该主题',
      'Threshold: a sentence carries a theme when its score reaches it',
    ),
    headingWeight: b(
      '标题系数:所在章节标题中的关键词按此倍数计分,且标题贡献的总分不超过该值,单凭上下文不会标注',
      'Heading weight: terms in the section heading count this many times, and the heading adds at most this much, so context alone never tags a sentence',
    ),
    headingBoost: b(
      '标题句系数:标题句本身的关键词按此倍数计分(标题短,每个词都是主题)',
      'Heading boost: terms in a heading sentence itself count this many times (a heading is short and every word in it is its topic)',
    ),
    themes: b(`${THEME_COUNT} 个主题`, `The ${THEME_COUNT} themes`),
    'themes[].id': b('主题编号,用于网址', 'Theme id, used in URLs'),
    'themes[].zh': b('中文名称', 'Chinese name'),
    'themes[].en': b('英文名称', 'English name'),
    'themes[].definitionZh': b(
      '中文定义:句子必须实质性地涉及什么',
      'Definition in Chinese: what a sentence must substantively address',
    ),
    'themes[].definitionEn': b('英文定义', 'Definition in English'),
    'themes[].terms': b(
      '带权重的关键词,只在分词后的完整词上匹配',
      'Weighted terms, matched only on whole words after segmentation',
    ),
    'themes[].terms[].term': b('关键词或固定短语', 'A word or fixed phrase'),
    'themes[].terms[].weight': b('权重', 'Weight'),
    'themes[].patterns': b(
      '正则规则,补充关键词表达不了的说法',
      'Regular-expression rules for phrasings terms cannot express',
    ),
    'themes[].patterns[].pattern': b('JavaScript 正则表达式', 'A JavaScript regular expression'),
    'themes[].patterns[].weight': b('权重', 'Weight'),
    'themes[].patterns[].note': b('规则的说明,作为判定依据显示', 'What the rule is for, shown as evidence'),
    'themes[].exclude': b(
      '排除词:包含关键词但意思不同的词(如“招商局”不是招商)',
      'Words that contain a term but mean something else (招商局 is not 招商)',
    ),
    aliases: b('搜索用的政策同义词', 'Policy synonyms for search'),
    'aliases[].query': b('读者可能输入的词,如“双招双引”', 'What a reader may type, e.g. 双招双引'),
    'aliases[].expands': b('同时搜索的词', 'What it also finds'),
  },
  'eval.json': {
    shipped: b('本站使用的标注模型', 'The tagging model this site uses'),
    modelHash: b(
      '计算报告时 content/model/tagger.json 的 SHA-256 前 16 位',
      'First 16 hex digits of the SHA-256 of content/model/tagger.json when the report was computed',
    ),
    codebookVersion: b('编码表版本', 'Codebook version'),
    folds: b(
      '交叉验证的折数;同一文件的句子总在同一折',
      'Cross-validation folds; all sentences of a document are in one fold',
    ),
    foldSeed: b('分折所用的随机种子', 'Seed of the fold assignment'),
    bootstrap: b(
      '计算区间的重抽样:按文件有放回抽样',
      'Resampling for the intervals: whole documents, with replacement',
    ),
    'bootstrap.replicates': b('重抽样次数', 'Number of resamples'),
    'bootstrap.seed': b('重抽样的随机种子', 'Seed of the resampling'),
    sets: b('各组人工标注句子上的结果', 'Results on each set of annotated sentences'),
    'sets[].id': b(
      'seeds(五份种子文件)、real(其他真实园区文件)或 gold(其中部分文件的另一份独立标注,只评估不训练)',
      'seeds (the five seed documents), real (further real park documents) or gold (another, independent annotation of some of them, scored and never trained on)',
    ),
    'sets[].source': b('人工标注文件', 'The annotation file'),
    'sets[].sentences': b('参与对照的人工标注句子数', 'Annotated sentences compared'),
    'sets[].documents': b('这些句子来自的文件数', 'Documents the sentences come from'),
    'sets[].agreement': b('两位独立标注者之间的一致性', 'Agreement between two independent annotators'),
    'sets[].agreement.microF1': b('一致性 micro-F1 的范围 [下限, 上限]', 'Range of their micro-F1 [low, high]'),
    'sets[].agreement.note': b('一致性数字的出处', 'Where the agreement figure comes from'),
    invented: b(
      '本项目自行撰写的虚构园区文件中的标注句子:每次训练都用,从不计分',
      'Annotated sentences of the invented park documents the project wrote itself: in every training set, never scored',
    ),
    'invented.sentences': b('句子数', 'Sentences'),
    'invented.documents': b('文件数', 'Documents'),
    trainingDataHash: b(
      '训练样例(含虚构文件的句子)的标签和特征的 SHA-256 前 16 位:标注或处理流程一变,它就变',
      'First 16 hex digits of the SHA-256 of the training examples (invented sentences included), their labels and features: it changes when the annotations or the pipeline that reads them change',
    ),
    'sets[].models': b('各标注方法的交叉验证结果', 'Cross-validated results of each tagging method'),
    'sets[].models[].model': b(
      'rules(仅编码表规则)、lr(词的逻辑回归)或 lr+rules(词和编码表得分的逻辑回归)',
      'rules (codebook rules alone), lr (logistic regression on words) or lr+rules (on words and codebook scores)',
    ),
    'sets[].models[].perTheme': b(
      '每个主题的结果,键为主题编号;字段同 micro,另有 support(人工标注为该主题的句子数)',
      'Results per theme, keyed by theme id; fields as in micro, plus support (annotated sentences carrying the theme)',
    ),
    'sets[].models[].micro': b('把所有主题的判定合在一起计算的结果', 'Scores over all theme decisions pooled'),
    'sets[].models[].micro.tp': b('标注器与人工都给出的句子数', 'Sentences both the tagger and the annotators gave'),
    'sets[].models[].micro.fp': b(
      '标注器给出而人工未给出的句子数',
      'Sentences the tagger gave and the annotators did not',
    ),
    'sets[].models[].micro.fn': b(
      '人工给出而标注器漏掉的句子数',
      'Sentences the annotators gave and the tagger missed',
    ),
    'sets[].models[].micro.precision': b('精确率 tp / (tp + fp)', 'Precision, tp / (tp + fp)'),
    'sets[].models[].micro.recall': b('召回率 tp / (tp + fn)', 'Recall, tp / (tp + fn)'),
    'sets[].models[].micro.f1': b('F1:精确率和召回率的调和平均', 'F1, the harmonic mean of precision and recall'),
    'sets[].models[].micro.precisionCI': b(
      '精确率的 95% 区间 [下限, 上限](按文件 bootstrap)',
      '95% interval of the precision [low, high] (bootstrap over documents)',
    ),
    'sets[].models[].micro.recallCI': b('召回率的 95% 区间', '95% interval of the recall'),
    'sets[].models[].micro.f1CI': b('F1 的 95% 区间', '95% interval of F1'),
    'sets[].models[].macro': b(
      '各主题结果的平均(只计样本或输出中出现的主题)',
      'Mean of the per-theme scores (themes present in the sample or the output)',
    ),
    'sets[].models[].macro.precision': b('平均精确率', 'Mean precision'),
    'sets[].models[].macro.recall': b('平均召回率', 'Mean recall'),
    'sets[].models[].macro.f1': b('平均 F1', 'Mean F1'),
    'sets[].models[].macro.precisionCI': b(
      '精确率的 95% 区间 [下限, 上限](按文件 bootstrap)',
      '95% interval of the precision [low, high] (bootstrap over documents)',
    ),
    'sets[].models[].macro.recallCI': b('召回率的 95% 区间', '95% interval of the recall'),
    'sets[].models[].macro.f1CI': b('F1 的 95% 区间', '95% interval of F1'),
    instruments: b(
      '政策工具编码与另一份人工标注(源代码库中的 content/annotations/seed-instruments.jsonl)的对照',
      'The policy-instrument coding against its own annotations (content/annotations/seed-instruments.jsonl in the source repository)',
    ),
    'instruments.sentences': b(
      '参与对照的句子数(人工标注了主题的句子)',
      'Sentences compared (the annotated sentences that carry a theme)',
    ),
    'instruments.perInstrument': b(
      '每类政策工具的结果,键为类型编号;字段同 micro,另有 support',
      'Results per instrument type, keyed by type id; fields as in micro, plus support',
    ),
    'instruments.micro': b('把三类工具的判定合在一起计算的结果', 'Scores over all instrument decisions pooled'),
    'instruments.micro.tp': b('编码与人工都给出的句子数', 'Sentences both the coder and the annotators gave'),
    'instruments.micro.fp': b('编码给出而人工未给出的句子数', 'Sentences the coder gave and the annotators did not'),
    'instruments.micro.fn': b('人工给出而编码漏掉的句子数', 'Sentences the annotators gave and the coder missed'),
    'instruments.micro.precision': b('精确率 tp / (tp + fp)', 'Precision, tp / (tp + fp)'),
    'instruments.micro.recall': b('召回率 tp / (tp + fn)', 'Recall, tp / (tp + fn)'),
    'instruments.micro.f1': b('F1:精确率和召回率的调和平均', 'F1, the harmonic mean of precision and recall'),
    'instruments.micro.precisionCI': b(
      '精确率的 95% 区间 [下限, 上限](按文件 bootstrap)',
      '95% interval of the precision [low, high] (bootstrap over documents)',
    ),
    'instruments.micro.recallCI': b('召回率的 95% 区间', '95% interval of the recall'),
    'instruments.micro.f1CI': b('F1 的 95% 区间', '95% interval of F1'),
    'instruments.macro': b('各类型结果的平均', 'Mean of the per-type scores'),
    'instruments.macro.precision': b('平均精确率', 'Mean precision'),
    'instruments.macro.recall': b('平均召回率', 'Mean recall'),
    'instruments.macro.f1': b('平均 F1', 'Mean F1'),
    'instruments.macro.precisionCI': b(
      '精确率的 95% 区间 [下限, 上限](按文件 bootstrap)',
      '95% interval of the precision [low, high] (bootstrap over documents)',
    ),
    'instruments.macro.recallCI': b('召回率的 95% 区间', '95% interval of the recall'),
    'instruments.macro.f1CI': b('F1 的 95% 区间', '95% interval of F1'),
    targets: b(
      'targets.jsonl 的数字与人工核对(源代码库中的 content/annotations/targets-real.jsonl,60 篇真实园区文件中的数字)的对照',
      'The figures of targets.jsonl against a hand annotation of them (content/annotations/targets-real.jsonl in the source repository: figures of the 60 real park documents)',
    ),
    'targets.figures': b('人工核对的数字个数', 'Figures annotated'),
    'targets.documents': b('这些数字来自的文件数', 'Documents they are in'),
    'targets.dropped': b(
      '人工核对过、但现在不再列出的数字(作为非指标排除,或所在句子已改变)',
      'Annotated figures no longer reported (left out as no quantity, or their sentence changed)',
    ),
    'targets.statement': b(
      '人工判为目标或实绩的数字中,statement 判断正确、错误和未说明的个数',
      'Of the figures annotated target or result: how many statement gets right, wrong, or leaves unknown',
    ),
    'targets.statement.right': b('判断正确', 'Right'),
    'targets.statement.wrong': b('判断错误', 'Wrong'),
    'targets.statement.unknown': b('未说明(unknown)', 'Left unknown'),
    'targets.thing': b(
      '人工标出“指什么”的数字中,thing 与人工所标词语的对照',
      'Of the figures whose thing was annotated: thing against the annotator’s words',
    ),
    'targets.thing.exact': b('与人工所标词语相同', 'The annotator’s words'),
    'targets.thing.overlap': b('包含人工所标词语或被其包含', 'Holding the annotator’s words, or held by them'),
    'targets.thing.wrong': b('其他词语', 'Other words'),
    'targets.thing.none': b('人工标出了而 thing 为 null', 'None where the annotator named one'),
    'targets.thing.extra': b('人工认为句中没有而 thing 有值', 'One where the annotator named none'),
  },
  'keyness.json': {
    method: b(
      '计算方法,固定为 log-odds-informative-dirichlet(Monroe、Colaresi 和 Quinn 2008)',
      'The method, always log-odds-informative-dirichlet (Monroe, Colaresi & Quinn 2008)',
    ),
    codebookVersion: b('分词所用编码表词典的版本', 'Version of the codebook whose dictionary the segmenter used'),
    priorSize: b(
      '先验的总伪计数 α₀,按全语料词频分配到各词',
      'α₀, the prior’s total pseudo-count, spread over words by their corpus frequency',
    ),
    minCount: b(
      '一个词在文件中至少出现的次数,才会列为特色词',
      'Fewest occurrences in a document for a word to be listed',
    ),
    documents: b('每篇文件一项', 'One entry per document'),
    'documents[].doc': b('文件编号', 'Document id'),
    'documents[].tokens': b('文件中计入的词数(去掉停用词后)', 'Counted words in the document (after the stop list)'),
    'documents[].terms': b('最多 30 个 z 值为正的词,z 值从高到低', 'Up to 30 words with positive z, highest first'),
    'documents[].terms[].word': b('分词得到的词', 'A segmenter word'),
    'documents[].terms[].z': b(
      'z 值 δ/σ:该词在本文中的对数优势比比其余文件高出几个标准误',
      'z = δ/σ: how many standard errors the word’s log-odds in the document exceed the rest’s',
    ),
    'documents[].terms[].delta': b(
      'δ:平滑后的对数优势比之差(本文减其余)',
      'δ: difference of the smoothed log-odds, document minus rest',
    ),
    'documents[].terms[].count': b('在本文中出现的次数', 'Occurrences in the document'),
    'documents[].terms[].rest': b('在其余文件中出现的次数', 'Occurrences in the other documents'),
  },
  'word-counts.json': {
    vocabulary: b(
      '全部计入的词,每个一次,按全语料频次从高到低',
      'Every counted word once, most frequent in the corpus first',
    ),
    documents: b('每篇文件一项', 'One entry per document'),
    'documents[].doc': b('文件编号', 'Document id'),
    'documents[].tokens': b('文件中计入的词数', 'Counted words in the document'),
    'documents[].counts': b(
      '成对的数字 [词表下标, 次数, 词表下标, 次数, …],下标递增',
      'Flat pairs [vocabulary index, count, vocabulary index, count, …], indexes ascending',
    ),
    'documents[].own': b(
      '指称本文件园区、城市和省份的词;比较园区时关键词分析不列这些词',
      'Words naming the document’s own park, city and province, which keyness leaves out when it compares parks',
    ),
  },
  'phrases.json': {
    codebookVersion: b(
      '分词所用编码表词典的版本(决定哪些提法算套话)',
      'Version of the codebook whose dictionary the segmenter used (it decides what is boilerplate)',
    ),
    minRunLength: b('报告的相同语句的最短字数', 'Shortest shared run reported, in characters'),
    contextChars: b('匹配两侧最多保留的上下文字数', 'Characters of context kept on each side of a match, at most'),
    merged: b('作为变体并入更长提法的语句数', 'Shared runs merged as variants under a longer phrase'),
    phrases: b(
      '共用的提法,按文件数、用法数、长度排序',
      'Shared phrases, most documents first, then most uses, then longest',
    ),
    'phrases[].phrase': b(
      '共用的文字:口号不含引号;相同语句的全角字符已折成半角',
      'The shared text: a slogan without its quotes, or a run with full-width forms folded',
    ),
    'phrases[].kind': b(
      'quoted:引号中的口号(2–12 字);shared-run:至少 8 字的最长相同语句,在词的边界处截断',
      'quoted: a slogan in quotation marks (2–12 characters); shared-run: a maximal identical run of at least 8 characters, cut at word boundaries',
    ),
    'phrases[].list': b(
      '所属列表:shared(园区共用的提法)、indicator(统计指标名称及其数字)、boilerplate(通用提法、报告套语、网页文字);都保留,分开列出',
      'Which list it is in: shared (wording parks share), indicator (a statistical indicator and its figures), boilerplate (national and genre formulas, scraper text); all kept, listed apart',
    ),
    'phrases[].documents': b(
      '使用它或其变体的文件编号(至少两篇)',
      'Ids of the documents using it or one of its variants (at least two)',
    ),
    'phrases[].undated': b('这些文件中没有年份的篇数', 'How many of those documents have no year'),
    'phrases[].firstYear': b(
      '这些文件中有年份者的最早年份;都没有年份时为 null',
      'Earliest year among those documents that have one; null when none has',
    ),
    'phrases[].variants': b('包含在此提法中、并入其下的较短语句', 'Shorter runs inside this phrase, merged under it'),
    'phrases[].variants[].phrase': b('变体的文字', 'The variant'),
    'phrases[].variants[].documents': b('使用该变体的文件编号', 'Ids of the documents using the variant'),
    'phrases[].occurrences': b('每一处用法,按语料顺序', 'Every use, in corpus order'),
    'phrases[].occurrences[].doc': b('文件编号', 'Document id'),
    'phrases[].occurrences[].sentence': b(
      '句子编号,即文件页面上的锚点',
      'Sentence id, the anchor on the document page',
    ),
    'phrases[].occurrences[].offset': b(
      '匹配在句中的起始位置(UTF-16 码元)',
      'Where the match starts in the sentence, in UTF-16 code units',
    ),
    'phrases[].occurrences[].left': b('匹配之前的上下文', 'Context before the match'),
    'phrases[].occurrences[].match': b('句中匹配的原文', 'The sentence text matched, verbatim'),
    'phrases[].occurrences[].right': b('匹配之后的上下文', 'Context after the match'),
  },
  'targets.jsonl': {
    doc: b('文件编号', 'Document id'),
    sentence: b('句子编号', 'Sentence id'),
    text: b('句中匹配的原文,如“139家以上”', 'The text matched, verbatim, e.g. 139家以上'),
    offset: b('text 在句中的起始位置(UTF-16 码元)', 'Where text starts in the sentence, in UTF-16 code units'),
    value: b(
      '数值(中文数字已换算);期限为年份;无年份文件中的“年底”为 null',
      'The number (Chinese numerals read); a deadline’s year; null for 年底 in an undated document',
    ),
    unit: b(
      '原文中的单位,如 家、亿元、平方公里、%;没有时为空',
      'The unit as written (家, 亿元, 平方公里, %), empty when there is none',
    ),
    normalized: b(
      '换算到统一单位的数值:金额为亿元,面积为平方公里;其他类别同 value',
      'value in the kind’s reporting unit: 亿元 for money, 平方公里 for area; equal to value otherwise',
    ),
    bound: b(
      'at-least(以上、超过)、about(左右、约)、at-most(以内、不超过);原文未限定时为 null',
      'at-least (以上, 超过), about (左右, 约), at-most (以内, 不超过); null when the number is stated flat',
    ),
    thing: b(
      '数字所指的对象(前后的名词短语);找不到时为 null',
      'What the number counts (the noun phrase next to it); null when none was found',
    ),
    kind: b('类别', 'Kind'),
    statement: b(
      'target(要达到的目标:力争、确保、到2025年,或在“工作安排”一类章节中)、result(已完成的实绩:完成、同比增长,或在“工作回顾”一类章节中)、unknown(句子和所在章节都没有依据)',
      'target (still to reach: 力争, 确保, 到2025年, or in a section headed as a plan, such as 工作安排), result (already reached: 完成, 同比增长, or in a section headed as a review, such as 工作回顾), unknown (neither the sentence nor its section says)',
    ),
    cue: b(
      '决定 statement 的依据,照录原文:句中的词语,或句子本身没有依据时所在章节的标题;没有时为 null',
      'What decided statement, verbatim: words of the sentence or, when the sentence says nothing itself, the heading of its section; null when nothing did',
    ),
    cueIn: b(
      'cue 所在:sentence(句中词语)或 heading(章节标题);cue 为 null 时为 null',
      'Where cue stands: sentence (words of the sentence) or heading (the heading of its section); null when cue is',
    ),
    themes: b('所在句子的主题', 'Themes of the sentence'),
  },
  'industries.csv': {
    doc: b('文件编号', 'Document id'),
    'electronic-information … modern-services': b(
      '该文件提到该产业的次数;列名为产业编号(见源代码库中的 content/industries.yaml)',
      'Mentions of the industry in the document; columns are the industry ids (see content/industries.yaml in the source repository)',
    ),
  },
  'organisations.json': {
    organisations: b(
      '机构,按文件数、提及次数、名称排序',
      'Organisations, most documents first, then most mentions, then name',
    ),
    'organisations[].name': b(
      '词表中的名称,或按后缀识别到的名称',
      'The name in the organisation list, or as found by its ending',
    ),
    'organisations[].type': b(
      '类别:企业、高校、科研院所、平台',
      'Kind: firm, university, research institute, platform',
    ),
    'organisations[].source': b(
      'dictionary:列在人工维护的机构名单中(源代码库中的 content/organisations.yaml);suffix:按名称后缀(…公司、…大学、…中心)识别',
      'dictionary: on the hand-kept list of organisations (content/organisations.yaml in the source repository); suffix: found by its ending (…公司, …大学, …中心)',
    ),
    'organisations[].documents': b('提到它的文件编号', 'Ids of the documents naming it'),
    'organisations[].mentions': b('每一处提及,按语料顺序', 'Every mention, in corpus order'),
    'organisations[].mentions[].doc': b('文件编号', 'Document id'),
    'organisations[].mentions[].sentence': b('句子编号', 'Sentence id'),
    'organisations[].mentions[].text': b(
      '句中的写法(别名或带后缀的全称)',
      'The name as the sentence writes it (an alias, or with its suffix)',
    ),
  },
  'park-changes.json': {
    method: b(
      '固定为 char-bigram-dice-greedy:按字符二元组 Dice 相似度从高到低贪心地一一配对',
      'Always char-bigram-dice-greedy: one-to-one greedy pairing by character-bigram Dice similarity, best first',
    ),
    threshold: b(
      '两句算作同一事项延续下来的最低相似度',
      'Lowest similarity at which two sentences count as one item carried over',
    ),
    codebookVersion: b('用来给句子分主题的编码表版本', 'Version of the codebook whose themes group the sentences'),
    parks: b(
      '有 parkId 且至少有一篇注明年份的文件的园区,按编号排序',
      'Parks with a parkId and at least one dated document, in id order',
    ),
    'parks[].parkId': b(
      '园区编号:来自人工编目或园区名录,同一园区各年份的文件共用',
      'Park id, from the catalog or the park gazetteer, shared by the park’s documents of every year',
    ),
    'parks[].years': b(
      '有文件的年份,从早到晚;未注明年份的文件不计入',
      'Years with documents, earliest first; documents without a year are left out',
    ),
    'parks[].years[].year': b('年份', 'Year'),
    'parks[].years[].docs': b('该园区这一年的文件编号', 'Ids of the park’s documents of that year'),
    'parks[].comparisons': b(
      '相邻两个有文件的年份的比较;只有一个年份时为空',
      'One per two consecutive years with documents; empty when the park has one year',
    ),
    'parks[].comparisons[].from': b('较早的年份及其文件', 'The earlier year and its documents'),
    'parks[].comparisons[].from.year': b('较早的年份', 'The earlier year'),
    'parks[].comparisons[].from.docs': b('较早年份的文件编号', 'Ids of the earlier year’s documents'),
    'parks[].comparisons[].to': b('下一个有文件的年份及其文件', 'The next year with documents, and its documents'),
    'parks[].comparisons[].to.year': b('较晚的年份', 'The later year'),
    'parks[].comparisons[].to.docs': b('较晚年份的文件编号', 'Ids of the later year’s documents'),
    'parks[].comparisons[].themes': b(
      '两年中至少一年出现过的主题,按编码表顺序',
      'Themes at least one of the two years tagged, in codebook order',
    ),
    'parks[].comparisons[].themes[].theme': b('主题编号', 'Theme id'),
    'parks[].comparisons[].themes[].carried': b(
      '延续的事项:较早年份的句子与较晚年份的句子一一配对,按较早年份的阅读顺序',
      'Items carried over: a sentence of the earlier year paired with one of the later year, in the earlier year’s reading order',
    ),
    'parks[].comparisons[].themes[].carried[].from': b('较早年份的句子', 'The earlier year’s sentence'),
    'parks[].comparisons[].themes[].carried[].from.doc': b('文件编号', 'Document id'),
    'parks[].comparisons[].themes[].carried[].from.sentence': b('句子编号', 'Sentence id'),
    'parks[].comparisons[].themes[].carried[].to': b('较晚年份的句子', 'The later year’s sentence'),
    'parks[].comparisons[].themes[].carried[].to.doc': b('文件编号', 'Document id'),
    'parks[].comparisons[].themes[].carried[].to.sentence': b('句子编号', 'Sentence id'),
    'parks[].comparisons[].themes[].carried[].similarity': b(
      '两句字符二元组的 Dice 相似度(0–1)',
      'Dice similarity of the two sentences’ character bigrams (0–1)',
    ),
    'parks[].comparisons[].themes[].dropped': b(
      '较早年份中没有配对的句子(删去的事项)',
      'Sentences of the earlier year left unpaired (items dropped)',
    ),
    'parks[].comparisons[].themes[].dropped[].doc': b('文件编号', 'Document id'),
    'parks[].comparisons[].themes[].dropped[].sentence': b('句子编号', 'Sentence id'),
    'parks[].comparisons[].themes[].new': b(
      '较晚年份中没有配对的句子(新增的事项)',
      'Sentences of the later year left unpaired (new items)',
    ),
    'parks[].comparisons[].themes[].new[].doc': b('文件编号', 'Document id'),
    'parks[].comparisons[].themes[].new[].sentence': b('句子编号', 'Sentence id'),
  },
};
