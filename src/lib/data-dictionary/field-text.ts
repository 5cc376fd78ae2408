/**
 * What each data file and each of its fields means, in both languages: the one place the
 * data page's tables come from. Paths are those `schemaFields` gives; a test keeps them in step
 * with the schemas.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

const b = (zh: string, en: string): Bilingual => ({ zh, en });

export const FILE_TEXT: Readonly<Record<string, Bilingual>> = {
  'documents.json': b('每篇文件一个对象:元数据及其出处、字数句数、清洗时删除的行、提纲和各主题占比。', 'One object per document: metadata with where it came from, counts, the lines removed when cleaning, the outline and the theme shares.'),
  'passages.jsonl': b('每行一个 JSON 对象,每个对象一个句子:原文、所在章节、主题和判定依据。', 'One JSON object per line, one line per sentence: its text, section, themes and the evidence for each.'),
  'matrix.csv': b('文件 × 主题矩阵:每篇文件一行,每个主题一列,值为标注了该主题的句子占比。UTF-8 带 BOM,可直接用电子表格打开。', 'Documents × themes: a row per document, a column per theme, each value the share of the document’s sentences carrying the theme. UTF-8 with a byte-order mark, so spreadsheets open it directly.'),
  'codebook.json': b('编码表:18 个主题的名称、定义、带权重的关键词、规则、排除词和正反例,以及判定阈值。', 'The codebook: names, definitions, weighted terms, rules, exclusions and examples of the 18 themes, and the tagging threshold.'),
  'eval.json': b('标注器与人工标注样本的对照结果(准确率、召回率、F1)。', 'The tagger measured against hand-annotated sentences (precision, recall, F1).'),
  'datapackage.json': b('按 Frictionless Data Package 规范描述以上文件的元数据(许可、版本、字段),供程序读取。', 'Machine-readable description of the files above in the Frictionless Data Package format (licence, versions, fields).'),
};

const SHARE = b('标注了该主题的句子占全文句子的比例(0–1)', 'Share of the sentences carrying the theme (0–1)');

export const FIELD_TEXT: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  'documents.json': {
    id: b('文件编号,用于网址和 passages.jsonl 的 doc 字段', 'Document id, used in URLs and in passages.jsonl’s doc field'),
    seed: b('seeds/ 中的原始文件名', 'File name in seeds/'),
    title: b('标题', 'Title'),
    park: b('园区名称,按原文写法;匿名的名称(如“x高新区”)保持原样', 'The park’s name as written; anonymized names (e.g. “x高新区”) stay as they are'),
    parkId: b('园区编号,用于串联同一园区不同年份的文件', 'Park id, linking documents of the same park across years'),
    anonymized: b('原文是否隐去了园区名称', 'Whether the source withholds the park’s name'),
    level: b('园区级别', 'Park level'),
    province: b('省份', 'Province'),
    city: b('城市', 'City'),
    year: b('计划所针对的年份', 'The year the plan is for'),
    date: b('发布日期(YYYY-MM-DD)', 'Publication date (YYYY-MM-DD)'),
    source: b('发布机构或媒体', 'Issuing body or outlet'),
    type: b('文件类型', 'Document type'),
    url: b('原文网址(如已知)', 'Where the text was found (a URL), if known'),
    provenance: b('每个元数据字段的出处:catalog(人工目录)、text(从正文识别)或 unknown', 'Where each metadata field came from: catalog (hand-kept), text (detected in the text) or unknown'),
    encoding: b('原始文件的字符编码', 'Character encoding of the seed file'),
    sha256: b('解码后文本的 SHA-256,用于去重', 'SHA-256 of the decoded text, for de-duplication'),
    chars: b('清洗后正文的字数', 'Characters of cleaned text'),
    sentenceCount: b('句子数', 'Number of sentences'),
    removed: b('清洗时删除的网页杂项行', 'Lines removed as web noise when cleaning'),
    'removed[].line': b('在原始文件中的行号(从 1 开始)', 'Line number in the seed (from 1)'),
    'removed[].text': b('该行文字', 'The line’s text'),
    'removed[].reason': b('删除原因', 'Why it was removed'),
    outline: b('文件提纲:各级标题', 'The outline: headings at every level'),
    'outline[].id': b('章节锚点,如 sec-2-1', 'Section anchor, e.g. sec-2-1'),
    'outline[].level': b('层级:1 为“一、”,2 为“(一)”,3 为“1.”,4 为段首短语', 'Level: 1 for “一、”, 2 for “(一)”, 3 for “1.”, 4 for a lead phrase'),
    'outline[].label': b('原文中的编号,如“一、”', 'The numbering as written, e.g. “一、”'),
    'outline[].title': b('标题文字(不含编号)', 'Heading text without its numbering'),
    'outline[].sentence': b('标题所在句子的编号', 'Id of the sentence carrying the heading'),
    themeShares: b('每个主题的句子占比(0–1),键为主题编号', 'Share of sentences carrying each theme (0–1), keyed by theme id'),
    themeCounts: b('每个主题的句子数,键为主题编号', 'Number of sentences carrying each theme, keyed by theme id'),
  },
  'passages.jsonl': {
    doc: b('所属文件的编号', 'Document id'),
    id: b('句子编号(如 s0001),在文件内唯一,也是文件页面上的锚点', 'Sentence id (e.g. s0001), unique within its document and the anchor on the document page'),
    section: b('所在最内层章节的编号;第一个标题之前为 null', 'Id of the innermost section; null before the first heading'),
    text: b('句子原文,含句末标点', 'The sentence verbatim, terminator included'),
    heading: b('该句是否为标题', 'Whether the sentence is a heading'),
    themes: b('该句标注的主题编号', 'Theme ids the sentence carries'),
    evidence: b('每个主题的判定依据', 'The evidence for each theme'),
    'evidence[].theme': b('主题编号', 'Theme id'),
    'evidence[].score': b('命中关键词和规则的权重之和;达到阈值即标注', 'Sum of the weights that fired; the theme holds when it reaches the threshold'),
    'evidence[].hits': b('命中的关键词或规则', 'The terms or rules that fired'),
    'evidence[].hits[].rule': b('term(关键词)或 pattern(规则)', 'term or pattern'),
    'evidence[].hits[].match': b('编码表中的关键词,或规则的说明', 'The codebook term, or the rule’s note'),
    'evidence[].hits[].text': b('句中被匹配的文字', 'The text matched'),
    'evidence[].hits[].weight': b('计入得分的权重(标题中的命中已乘以标题系数)', 'Weight counted (hits in the heading already multiplied by the heading weight)'),
    'evidence[].hits[].where': b('在句中(sentence)还是在所在章节标题中(heading)命中', 'Found in the sentence or in its section heading'),
  },
  'matrix.csv': {
    doc: b('文件编号', 'Document id'),
    park: b('园区名称', 'Park'),
    year: b('年份(未知时为空)', 'Year (empty when unknown)'),
    type: b('文件类型', 'Document type'),
    level: b('园区级别', 'Park level'),
    province: b('省份', 'Province'),
    sentences: b('句子数', 'Number of sentences'),
    'positioning … safety': SHARE,
  },
  'codebook.json': {
    version: b('编码表版本;关键词或规则有任何改动都会升级', 'Codebook version; bumped on any change to terms or rules'),
    threshold: b('标注阈值:句子得分达到该值即标注该主题', 'Threshold: a sentence carries a theme when its score reaches it'),
    headingWeight: b('标题系数:所在章节标题中的关键词按此倍数计分,且标题贡献的总分不超过该值,单凭上下文不会标注', 'Heading weight: terms in the section heading count this many times, and the heading adds at most this much, so context alone never tags a sentence'),
    headingBoost: b('标题句系数:标题句本身的关键词按此倍数计分(标题短,每个词都是主题)', 'Heading boost: terms in a heading sentence itself count this many times (a heading is short and every word in it is its topic)'),
    themes: b('18 个主题', 'The 18 themes'),
    'themes[].id': b('主题编号,用于网址', 'Theme id, used in URLs'),
    'themes[].zh': b('中文名称', 'Chinese name'),
    'themes[].en': b('英文名称', 'English name'),
    'themes[].definitionZh': b('中文定义:句子必须实质性地涉及什么', 'Definition in Chinese: what a sentence must substantively address'),
    'themes[].definitionEn': b('英文定义', 'Definition in English'),
    'themes[].terms': b('带权重的关键词,只在分词后的完整词上匹配', 'Weighted terms, matched only on whole words after segmentation'),
    'themes[].terms[].term': b('关键词或固定短语', 'A word or fixed phrase'),
    'themes[].terms[].weight': b('权重', 'Weight'),
    'themes[].patterns': b('正则规则,补充关键词表达不了的说法', 'Regular-expression rules for phrasings terms cannot express'),
    'themes[].patterns[].pattern': b('JavaScript 正则表达式', 'A JavaScript regular expression'),
    'themes[].patterns[].weight': b('权重', 'Weight'),
    'themes[].patterns[].note': b('规则的说明,作为判定依据显示', 'What the rule is for, shown as evidence'),
    'themes[].exclude': b('排除词:包含关键词但意思不同的词(如“招商局”不是招商)', 'Words that contain a term but mean something else (招商局 is not 招商)'),
    'themes[].positive': b('正例:必须标注该主题的句子', 'Sentences that must carry the theme'),
    'themes[].negative': b('反例:不得标注该主题的句子', 'Sentences that must not carry the theme'),
    dictionary: b('分词时必须保持完整的词', 'Words the segmenter must keep whole'),
    aliases: b('搜索用的政策同义词', 'Policy synonyms for search'),
    'aliases[].query': b('读者可能输入的词,如“双招双引”', 'What a reader may type, e.g. 双招双引'),
    'aliases[].expands': b('同时搜索的词', 'What it also finds'),
  },
  'eval.json': {
    sentences: b('参与对照的人工标注句子数', 'Annotated sentences compared'),
    perTheme: b('每个主题的结果,键为主题编号;字段同 micro,另有 support(人工标注为该主题的句子数)', 'Results per theme, keyed by theme id; fields as in micro, plus support (annotated sentences carrying the theme)'),
    micro: b('把所有主题的判定合在一起计算的结果', 'Scores over all theme decisions pooled'),
    'micro.tp': b('标注器与人工都标注的句子数', 'Sentences both the tagger and the annotator tagged'),
    'micro.fp': b('标注器标注而人工未标注的句子数', 'Sentences the tagger tagged and the annotator did not'),
    'micro.fn': b('人工标注而标注器漏掉的句子数', 'Sentences the annotator tagged and the tagger missed'),
    'micro.precision': b('准确率 tp / (tp + fp)', 'Precision, tp / (tp + fp)'),
    'micro.recall': b('召回率 tp / (tp + fn)', 'Recall, tp / (tp + fn)'),
    'micro.f1': b('F1:准确率和召回率的调和平均', 'F1, the harmonic mean of precision and recall'),
    macro: b('各主题结果的平均(只计样本或输出中出现的主题)', 'Mean of the per-theme scores (themes present in the sample or the output)'),
    'macro.precision': b('平均准确率', 'Mean precision'),
    'macro.recall': b('平均召回率', 'Mean recall'),
    'macro.f1': b('平均 F1', 'Mean F1'),
  },
};
