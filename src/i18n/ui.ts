import type { DocType, ParkLevel } from '../schemas/catalog.ts';
import type { Theme, ThemeId } from '../schemas/codebook.ts';

/**
 * Every interface string of the site, Chinese first. `{name}` marks a value `t()` fills in.
 * Document text, park names and codebook entries are data and never appear here.
 */
export const zh = {
  'site.name': '园区工作计划比较',
  'site.tagline': '逐句标注 18 个政策主题，并排比较各产业园区的年度工作计划',
  'skip': '跳到正文',
  'nav.label': '主导航',
  'nav.home': '首页',
  'nav.themes': '主题',
  'nav.matrix': '矩阵',
  'nav.compare': '比较',
  'nav.data': '数据',
  'nav.about': '关于',
  'nav.search': '搜索',
  'lang.other': 'English',
  'lang.switch': 'Read this page in English',
  'search.label': '搜索全文',
  'search.placeholder': '搜索，例如 招商引资',
  'search.submit': '搜索',
  'footer.note': '文本为公开发布的园区工作计划；主题由公开的编码表逐句判定，每个标注都附有依据。',
  'footer.data': '下载数据',
  'footer.codebook': '编码表 v{version}',
  'value.none': '未注明',
  'home.title': '各园区的工作计划，逐句比较',
  'home.intro': '本站收录产业园区的年度工作计划、工作要点和讲话，将每一句话按编码表标注政策主题，便于比较各园区把笔墨花在哪里。',
  'summary.label': '语料概况',
  'summary.documents': '篇文件',
  'summary.parks': '个园区',
  'summary.years': '个年份',
  'summary.provinces': '个省份',
  'summary.sentences': '个句子',
  'home.documents': '全部文件',
  'home.matrix': '主题矩阵',
  'home.matrixLink': '查看各文件的主题矩阵',
  'home.explore': '浏览',
  'home.explore.themes': '18 个主题的定义、关键词和覆盖面',
  'home.explore.matrix': '文件 × 主题的占比热力图',
  'home.explore.compare': '任选两篇文件并排比较',
  'home.explore.data': '下载全部数据并查看字段说明',
  'home.explore.about': '方法、来源与局限',
  'home.explore.search': '全文搜索，支持政策同义词',
  'table.scroll': '{caption}（可左右滚动）',
  'col.field': '字段',
  'col.value': '值',
  'col.title': '标题',
  'col.park': '园区',
  'col.level': '级别',
  'col.province': '省份',
  'col.city': '城市',
  'col.year': '年份',
  'col.date': '日期',
  'col.type': '类型',
  'col.source': '来源',
  'col.url': '原文链接',
  'col.sentences': '句数',
  'col.chars': '字数',
  'col.theme': '主题',
  'col.share': '占比',
  'col.count': '句数',
  'col.line': '行号',
  'col.text': '内容',
  'col.reason': '原因',
  'col.terms': '最常见的依据词（次数）',
  'col.documents': '文件数',
  'col.encoding': '编码',
  'col.seed': '原始文件',
  'col.anonymized': '匿名化',
  'col.provenance': '出处',
  'prov.catalog': '人工编目',
  'prov.text': '正文识别',
  'prov.unknown': '未知',
  'anon.yes': '是：原文已隐去园区名称（如“x高新区”），本站保持原样，不作推测。',
  'anon.no': '否',
  'doc.metadata': '文件信息',
  'doc.provenanceNote': '“出处”说明每个字段的来源：人工编目为维护者据原文填写（seeds/catalog.yaml），正文识别为从文本自动提取。',
  'doc.outline': '目录',
  'doc.text': '全文',
  'doc.textNote': '带颜色标签的句子已标注主题；将鼠标悬停在句子上或用 Tab 键聚焦，可查看触发标注的关键词和得分。',
  'doc.profile': '主题构成',
  'doc.removed': '已删除的网页杂项',
  'doc.removedIntro': '以下行不属于正文，清洗时已删除：',
  'doc.removedNone': '清洗时没有删除任何行。',
  'doc.similar': '主题构成最相近的文件',
  'doc.similarIntro': '按各主题占比的余弦相似度计算。',
  'doc.similarity': '相似度 {score}',
  'doc.data': '本文数据',
  'doc.dataIntro': '本文的数据包含在全站数据文件中，用文件编号 {id} 筛选：',
  'doc.dataDocuments': '元数据（所有文件，JSON）',
  'doc.dataPassages': '逐句标注与依据（JSON Lines，字段 doc）',
  'doc.dataPage': '全部数据文件与字段说明',
  'sentence.themes': '主题：{themes}。',
  'sentence.score': '得分 {score}（阈值 {threshold}）',
  'sentence.in.sentence': '句中',
  'sentence.in.heading': '所在标题',
  'sentence.rule.pattern': '规则',
  'chart.profileTitle': '{title}：各主题句子占比',
  'chart.profileDesc': '横条长度为标注了该主题的句子占全文 {total} 句的比例；一句可有多个主题。最高的是{top}。',
  'chart.table': '以表格查看',
  'themes.title': '主题编码表',
  'themes.intro': '每个句子按以下 18 个主题的关键词和规则打分，得分达到 {threshold} 即标注该主题；标题中的关键词按 {headingWeight} 倍计分。编码表版本 {version}。',
  'themes.definition': '定义',
  'themes.terms': '关键词（权重）',
  'themes.patterns': '规则',
  'themes.exclude': '排除词',
  'themes.coverage': '覆盖面',
  'themes.coverageText': '占全部句子的 {share}（{sentences} 句），出现在 {documents}/{total} 篇文件中。',
  'themes.open': '查看各文件中的句子',
  'theme.byDocument': '各文件中的句子',
  'theme.byDocumentIntro': '按该主题在文件中的占比从高到低排列；点击句子跳转到原文位置。',
  'theme.docShare': '{share}，{count} 句',
  'theme.none': '本文没有句子标注为该主题。',
  'theme.termsByPark': '各园区最常见的依据词',
  'theme.back': '全部主题',
  'chart.download': '下载',
  'col.document': '文件',
  'col.file': '文件',
  'col.fieldType': '类型',
  'col.description': '说明',
  'col.support': '样本句数',
  'col.precision': '准确率',
  'col.recall': '召回率',
  'col.f1': 'F1',
  'matrix.title': '主题矩阵',
  'matrix.intro': '每行是一篇文件,每列是一个主题。格子的颜色表示该文件中标注了该主题的句子所占的比例,颜色越深占比越高。一句话可以有多个主题,所以一行的占比相加可能超过 100%。点击格子,可以在主题页面读到这些句子。',
  'matrix.chartTitle': '各文件的主题占比',
  'matrix.chartDesc': '热力图:行是文件,列是 18 个主题,颜色越深表示该文件中标注该主题的句子占比越高。每个格子都链接到主题页面中这篇文件的句子。',
  'matrix.legend': '句子占比',
  'matrix.cell': '{doc} · {theme}:{share}',
  'matrix.sort': '行的顺序',
  'matrix.sort.similarity': '主题构成相近的排在一起',
  'matrix.sort.document': '按年份和标题',
  'matrix.sort.theme': '按“{theme}”占比从高到低',
  'matrix.sorted': '已重新排列:{order}',
  'matrix.orderNote': '默认把主题构成相近的文件排在一起:按各主题占比的余弦距离做平均连锁层次聚类,再按聚类树的叶序排列。',
  'matrix.skip': '跳过热力图,直接看数据表',
  'matrix.table': '各文件的主题占比(表格)',
  'matrix.readout': '将鼠标移到格子上或用 Tab 键聚焦格子,可在此看到数值。',
  'compare.title': '比较文件',
  'compare.intro': '选择 2 至 4 篇文件,比较它们的主题构成,看它们在哪些主题上差别最大,并按主题并排阅读原句。网址记录了所选的文件和主题,可以直接收藏或分享。',
  'compare.pick': '选择文件(2–4 篇)',
  'compare.theme': '并排阅读的主题',
  'compare.theme.auto': '差异最大的主题',
  'compare.submit': '比较',
  'compare.count': '已选 {count} 篇',
  'compare.tooFew': '请至少选择 2 篇文件。',
  'compare.tooMany': '最多可选 4 篇文件,现在选了 {count} 篇。',
  'compare.unknown': '找不到以下文件:{ids}。',
  'compare.truncated': '最多比较 4 篇文件,只显示了前 4 篇。',
  'compare.noscript': '比较图需要启用 JavaScript。不用 JavaScript 时,可以在主题矩阵页面查看所有文件的主题占比。',
  'compare.empty': '选好至少 2 篇文件并点击“比较”后,这里会显示比较结果。',
  'compare.loading': '正在加载…',
  'compare.error': '无法加载数据:{message}',
  'compare.profiles': '主题构成',
  'compare.chartCaption': '所选文件中各主题的句子占比',
  'compare.differ': '差异最大的主题',
  'compare.differIntro': '最高与最低占比相差最多的 5 个主题。',
  'compare.spread': '相差 {spread} 个百分点:最高 {high}({highDoc}),最低 {low}',
  'compare.passages': '“{theme}”的句子',
  'compare.passagesIntro': '每列一篇文件,列出标注了该主题的句子;点击句子可跳到它在原文中的位置。',
  'compare.docCount': '{count} 句,占 {share}',
  'data.title': '数据',
  'data.intro': '本站的全部数据都可以下载,按 {license} 许可使用(文件原文的著作权归原作者)。下面列出每个文件及其字段的含义;字段表由管线写文件时所用的数据模式生成。',
  'data.files': '文件',
  'data.size': '大小',
  'data.format': '格式',
  'data.fieldsOf': '{file} 的字段',
  'data.values': '取值:',
  'data.themeValues': '取值为主题编号(见 codebook.json)',
  'data.nullable': '可为 null',
  'data.missing': '尚未生成',
  'data.cite': '如何引用',
  'data.citeIntro': '引用时请注明版本:数据集 {version},编码表 {codebook},语料 {corpus}。',
  'data.citeAuthor': '园区工作计划比较项目组',
  'about.title': '关于本站',
  'about.evalTitle': '标注质量',
  'about.evalIntro': '把标注器的结果与 {sentences} 个人工标注的句子逐句对照(npm run eval)。',
  'about.evalMissing': '尚未测量:还没有人工标注的样本。',
  'about.evalCaption': '各主题的准确率、召回率和 F1',
  'about.micro': '全部判定合计(micro)',
  'about.macro': '各主题平均(macro)',
  'about.noData': '无样本',
  'search.title': '全文搜索',
  'search.intro': '逐句搜索全部文件的原文。结果按文件分组，每条结果是一句原文，并链接到它在原文中的位置。',
  'search.syntax': '搜索规则',
  'search.syntax.words': '用空格分开的几个词必须出现在同一句中，例如：招商 项目。',
  'search.syntax.quotes': '用英文双引号括起的内容按原样查找，连同其中的空格，例如："营商环境"。',
  'search.syntax.exact': '按字查找，与浏览器的“查找”（Ctrl+F）一致：搜“链延链”也能在“强链延链补链”中找到。繁体与简体、全角与半角、大小写都视为相同。',
  'search.syntax.aliases': '政策简称会同时搜索它的含义，例如“双招双引”也会找到“招商引资”“招才引智”；引号内的词不扩展。',
  'search.syntax.shortcut': '在任何页面按 / 键即可跳到搜索框。',
  'search.sort': '排序',
  'search.sort.relevance': '按相关度',
  'search.sort.year': '按年份（新的在前）',
  'search.filters': '筛选',
  'search.filtersNote': '同一项内选多个值为“或”，不同项之间为“且”。括号里是选中该值后的句数；主题按句子计，其他各项按句子所属的文件计。',
  'search.clear': '清除全部筛选',
  'search.results': '搜索结果',
  'search.summary': '找到 {passages} 句，分布在 {documents} 篇文件中。',
  'search.summaryBrowse': '符合筛选条件的共有 {passages} 句；输入搜索词可在其中查找。',
  'search.none': '没有句子包含“{query}”。',
  'search.also': '“{query}”同时搜索：{terms}',
  'search.loading': '正在加载搜索索引…',
  'search.searching': '正在搜索…',
  'search.more': '显示更多（还有 {count} 句）',
  'search.sentence': '原文第 {n} 句',
  'search.docHits': '{count} 句',
  'search.fileMode': '本页是以本地文件（file://）打开的，浏览器不允许这样加载完整的搜索索引。现在改用备用索引逐句查找，结果相同，但页面样式和文件链接可能不完整。要完整浏览本站，请按离线包中 README.txt 的说明用本地服务器打开。',
  'search.fallbackMode': '无法加载搜索索引，已改用备用索引逐句查找，结果相同。',
  'search.unavailable': '搜索索引尚未生成：请先运行 npm run build。',
  'search.error': '搜索出错：{message}',
  'search.noscript': '搜索需要启用 JavaScript。',
} as const;

export type UiKey = keyof typeof zh;

export const en: Record<UiKey, string> = {
  'site.name': 'Park Plans Compared',
  'site.tagline': 'The annual work plans of Chinese industrial parks, tagged sentence by sentence with 18 policy themes',
  'skip': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.themes': 'Themes',
  'nav.matrix': 'Matrix',
  'nav.compare': 'Compare',
  'nav.data': 'Data',
  'nav.about': 'About',
  'nav.search': 'Search',
  'lang.other': '中文',
  'lang.switch': '阅读本页中文版',
  'search.label': 'Search the texts',
  'search.placeholder': 'Search, e.g. 招商引资',
  'search.submit': 'Search',
  'footer.note': 'The texts are published work plans of industrial parks; themes are assigned sentence by sentence by a public codebook, and every tag shows its evidence.',
  'footer.data': 'Download the data',
  'footer.codebook': 'Codebook v{version}',
  'value.none': 'not stated',
  'home.title': 'Work plans of industrial parks, compared sentence by sentence',
  'home.intro': 'This site collects annual work plans, work points and speeches of Chinese industrial parks and tags every sentence with policy themes from a codebook, so you can compare where each park puts its words.',
  'summary.label': 'The corpus',
  'summary.documents': 'documents',
  'summary.parks': 'parks',
  'summary.years': 'years',
  'summary.provinces': 'provinces',
  'summary.sentences': 'sentences',
  'home.documents': 'All documents',
  'home.matrix': 'Theme matrix',
  'home.matrixLink': 'See the theme matrix of all documents',
  'home.explore': 'Explore',
  'home.explore.themes': 'Definitions, terms and coverage of the 18 themes',
  'home.explore.matrix': 'Heatmap of theme shares, document by theme',
  'home.explore.compare': 'Two documents side by side',
  'home.explore.data': 'Download all data, with field descriptions',
  'home.explore.about': 'Method, sources and limits',
  'home.explore.search': 'Full-text search with policy synonyms',
  'table.scroll': '{caption} (scrolls sideways)',
  'col.field': 'Field',
  'col.value': 'Value',
  'col.title': 'Title',
  'col.park': 'Park',
  'col.level': 'Level',
  'col.province': 'Province',
  'col.city': 'City',
  'col.year': 'Year',
  'col.date': 'Date',
  'col.type': 'Type',
  'col.source': 'Source',
  'col.url': 'Original',
  'col.sentences': 'Sentences',
  'col.chars': 'Characters',
  'col.theme': 'Theme',
  'col.share': 'Share',
  'col.count': 'Sentences',
  'col.line': 'Line',
  'col.text': 'Text',
  'col.reason': 'Reason',
  'col.terms': 'Most frequent evidence terms (count)',
  'col.documents': 'Documents',
  'col.encoding': 'Encoding',
  'col.seed': 'Seed file',
  'col.anonymized': 'Anonymized',
  'col.provenance': 'From',
  'prov.catalog': 'catalog',
  'prov.text': 'detected in text',
  'prov.unknown': 'unknown',
  'anon.yes': 'Yes: the source hides the park’s name (e.g. “x高新区”); we keep it hidden and do not guess.',
  'anon.no': 'No',
  'doc.metadata': 'About this document',
  'doc.provenanceNote': '“From” says where each field came from: the catalog is checked by hand, “detected in text” was extracted automatically.',
  'doc.outline': 'Outline',
  'doc.text': 'Full text',
  'doc.textNote': 'Sentences with coloured labels carry themes; hover over a sentence or focus it with Tab to see the terms that fired and the score.',
  'doc.profile': 'Theme profile',
  'doc.removed': 'Web noise removed',
  'doc.removedIntro': 'These lines are not part of the text and were removed when cleaning:',
  'doc.removedNone': 'Cleaning removed no lines.',
  'doc.similar': 'Documents with the most similar theme profile',
  'doc.similarIntro': 'Cosine similarity of the theme shares.',
  'doc.similarity': 'similarity {score}',
  'doc.data': 'Data of this document',
  'doc.dataIntro': 'This document’s data is part of the site’s data files; filter them by its id {id}:',
  'doc.dataDocuments': 'metadata of all documents (JSON)',
  'doc.dataPassages': 'tagged sentences with evidence (JSON Lines, field doc)',
  'doc.dataPage': 'all data files, with field descriptions',
  'sentence.themes': 'Themes: {themes}.',
  'sentence.score': 'score {score} (threshold {threshold})',
  'sentence.in.sentence': 'in sentence',
  'sentence.in.heading': 'in heading',
  'sentence.rule.pattern': 'rule',
  'chart.profileTitle': '{title}: share of sentences by theme',
  'chart.profileDesc': 'Each bar is the share of the {total} sentences tagged with that theme; a sentence may carry several themes. The largest is {top}.',
  'chart.table': 'Show as a table',
  'themes.title': 'Theme codebook',
  'themes.intro': 'Every sentence is scored against the terms and rules of these 18 themes and carries a theme when its score reaches {threshold}; terms in its section heading count {headingWeight} times. Codebook version {version}.',
  'themes.definition': 'Definition',
  'themes.terms': 'Terms (weight)',
  'themes.patterns': 'Rules',
  'themes.exclude': 'Excluded words',
  'themes.coverage': 'Coverage',
  'themes.coverageText': '{share} of all sentences ({sentences}), in {documents} of {total} documents.',
  'themes.open': 'See its sentences in every document',
  'theme.byDocument': 'Sentences by document',
  'theme.byDocumentIntro': 'Documents are ordered by the theme’s share; each sentence links to its place in the text.',
  'theme.docShare': '{share}, {count} sentences',
  'theme.none': 'No sentence of this document carries the theme.',
  'theme.termsByPark': 'Most frequent evidence terms by park',
  'theme.back': 'All themes',
  'chart.download': 'Download',
  'col.document': 'Document',
  'col.file': 'File',
  'col.fieldType': 'Type',
  'col.description': 'Description',
  'col.support': 'Support',
  'col.precision': 'Precision',
  'col.recall': 'Recall',
  'col.f1': 'F1',
  'matrix.title': 'Theme matrix',
  'matrix.intro': 'Each row is a document and each column a theme. A cell’s colour shows the share of the document’s sentences that carry the theme: the darker, the larger. A sentence can carry several themes, so a row may add up to more than 100%. Click a cell to read those sentences on the theme page.',
  'matrix.chartTitle': 'Theme shares by document',
  'matrix.chartDesc': 'Heatmap: rows are documents, columns the 18 themes; the darker a cell, the larger the share of the document’s sentences carrying the theme. Each cell links to those sentences on the theme page.',
  'matrix.legend': 'Share of sentences',
  'matrix.cell': '{doc} · {theme}: {share}',
  'matrix.sort': 'Order rows',
  'matrix.sort.similarity': 'Similar profiles together',
  'matrix.sort.document': 'By year and title',
  'matrix.sort.theme': 'By share of “{theme}”, highest first',
  'matrix.sorted': 'Rows reordered: {order}',
  'matrix.orderNote': 'By default, documents with similar theme profiles sit together: average-linkage clustering on the cosine distance between their theme shares, rows in dendrogram leaf order.',
  'matrix.skip': 'Skip the heatmap to the table',
  'matrix.table': 'Theme shares by document (table)',
  'matrix.readout': 'Hover over a cell or focus it with Tab to see its value here.',
  'compare.title': 'Compare documents',
  'compare.intro': 'Choose 2 to 4 documents to compare their theme profiles, see the themes they differ on most, and read their sentences on one theme side by side. The address records your choice, so you can bookmark or share it.',
  'compare.pick': 'Choose documents (2–4)',
  'compare.theme': 'Theme to read side by side',
  'compare.theme.auto': 'The theme they differ on most',
  'compare.submit': 'Compare',
  'compare.count': '{count} selected',
  'compare.tooFew': 'Choose at least 2 documents.',
  'compare.tooMany': 'Choose at most 4 documents; {count} are selected.',
  'compare.unknown': 'No document has these ids: {ids}.',
  'compare.truncated': 'At most 4 documents can be compared; the first 4 are shown.',
  'compare.noscript': 'The comparison needs JavaScript. Without it, the theme matrix shows the profiles of all documents.',
  'compare.empty': 'Choose at least 2 documents and press Compare to see the comparison here.',
  'compare.loading': 'Loading…',
  'compare.error': 'Could not load the data: {message}',
  'compare.profiles': 'Theme profiles',
  'compare.chartCaption': 'Share of sentences by theme in the chosen documents',
  'compare.differ': 'Where they differ most',
  'compare.differIntro': 'The five themes with the largest gap between the highest and the lowest share.',
  'compare.spread': '{spread} percentage points apart: highest {high} ({highDoc}), lowest {low}',
  'compare.passages': 'Sentences on “{theme}”',
  'compare.passagesIntro': 'One column per document, listing its sentences that carry the theme; click a sentence to see it in its text.',
  'compare.docCount': '{count} sentences, {share}',
  'data.title': 'Data',
  'data.intro': 'All data on this site can be downloaded and reused under {license} (the texts of the documents remain their authors’). Below, every file and its fields are explained; the field tables are generated from the data schemas the pipeline writes with.',
  'data.files': 'Files',
  'data.size': 'Size',
  'data.format': 'Format',
  'data.fieldsOf': 'Fields of {file}',
  'data.values': 'Values: ',
  'data.themeValues': 'Values are theme ids (see codebook.json)',
  'data.nullable': 'may be null',
  'data.missing': 'not generated yet',
  'data.cite': 'How to cite',
  'data.citeIntro': 'Please cite the versions: dataset {version}, codebook {codebook}, corpus {corpus}.',
  'data.citeAuthor': 'Park Plans Compared project',
  'about.title': 'About',
  'about.evalTitle': 'How well the tagger does',
  'about.evalIntro': 'The tagger’s themes compared, sentence by sentence, with {sentences} hand-annotated sentences (npm run eval).',
  'about.evalMissing': 'Not yet measured: there is no hand-annotated sample yet.',
  'about.evalCaption': 'Precision, recall and F1 by theme',
  'about.micro': 'All decisions pooled (micro)',
  'about.macro': 'Mean over themes (macro)',
  'about.noData': 'no sample',
  'search.title': 'Full-text search',
  'search.intro': 'Search the text of every document, sentence by sentence. Results are grouped by document; each result is one sentence, linked to its place in the text.',
  'search.syntax': 'How search works',
  'search.syntax.words': 'Words separated by spaces must all occur in the same sentence, e.g. 招商 项目.',
  'search.syntax.quotes': 'Text in straight double quotes is found exactly as written, spaces included, e.g. "营商环境".',
  'search.syntax.exact': 'Search matches characters, as your browser’s Find (Ctrl+F) does: 链延链 is found inside 强链延链补链. Traditional and simplified characters, full- and half-width forms and upper and lower case count as the same.',
  'search.syntax.aliases': 'A policy shorthand also searches what it stands for: 双招双引 also finds 招商引资 and 招才引智. Quoted words are not expanded.',
  'search.syntax.shortcut': 'Press / on any page to jump to the search box.',
  'search.sort': 'Order',
  'search.sort.relevance': 'By relevance',
  'search.sort.year': 'By year, newest first',
  'search.filters': 'Filters',
  'search.filtersNote': 'Values chosen within one filter are alternatives (or); different filters must all hold (and). The numbers are the sentences you get by choosing a value; themes count sentences, the other filters the sentences of matching documents.',
  'search.clear': 'Clear all filters',
  'search.results': 'Search results',
  'search.summary': '{passages} sentences found in {documents} documents.',
  'search.summaryBrowse': '{passages} sentences match the filters; type a query to search within them.',
  'search.none': 'No sentence contains “{query}”.',
  'search.also': 'Also searching for “{query}”: {terms}',
  'search.loading': 'Loading the search index…',
  'search.searching': 'Searching…',
  'search.more': 'Show more ({count} left)',
  'search.sentence': 'sentence {n} of the text',
  'search.docHits': '{count} sentences',
  'search.fileMode': 'This page was opened as a local file (file://), where browsers do not let it load the full search index. It now searches a simpler fallback index sentence by sentence: the results are the same, but styles and links to documents may be incomplete. To browse the whole site, open it with a local web server as README.txt in the offline package explains.',
  'search.fallbackMode': 'The search index could not be loaded; searching the fallback index sentence by sentence instead, with the same results.',
  'search.unavailable': 'The search index has not been built: run npm run build first.',
  'search.error': 'Search failed: {message}',
  'search.noscript': 'Search needs JavaScript.',
};

const LEVELS = {
  zh: {
    'national-hitech': '国家级高新区', 'national-etdz': '国家级经开区', 'state-new-area': '国家级新区',
    provincial: '省级园区', county: '县级园区', unknown: '级别未注明',
  },
  en: {
    'national-hitech': 'National high-tech zone', 'national-etdz': 'National ETDZ', 'state-new-area': 'State-level new area',
    provincial: 'Provincial park', county: 'County park', unknown: 'Level not stated',
  },
} as const satisfies Record<Lang, Record<ParkLevel, string>>;

const TYPES = {
  zh: {
    'work-points': '工作要点', 'work-plan': '工作计划', speech: '讲话', symposium: '座谈会发言',
    'news-report': '新闻报道', unknown: '类型未注明',
  },
  en: {
    'work-points': 'Work points', 'work-plan': 'Work plan', speech: 'Speech', symposium: 'Symposium remarks',
    'news-report': 'News report', unknown: 'Type not stated',
  },
} as const satisfies Record<Lang, Record<DocType, string>>;

/** Labels short enough for a chip or a chart axis; the codebook holds the full names. */
const THEME_SHORT = {
  zh: {
    positioning: '定位目标', industry: '产业布局', investment: '招商引资', projects: '项目建设', innovation: '科技创新',
    talent: '人才', enterprise: '企业服务', 'business-env': '营商环境', reform: '体制改革', opening: '对外开放',
    regional: '区域协同', finance: '金融资本', land: '土地要素', digital: '数字智造', green: '绿色低碳',
    urban: '产城融合', party: '党建作风', safety: '安全风险',
  },
  en: {
    positioning: 'Targets', industry: 'Industry', investment: 'Investment', projects: 'Projects', innovation: 'Innovation',
    talent: 'Talent', enterprise: 'Enterprises', 'business-env': 'Business env.', reform: 'Reform', opening: 'Opening up',
    regional: 'Regional', finance: 'Finance', land: 'Land', digital: 'Digital', green: 'Green',
    urban: 'Urban', party: 'Party', safety: 'Safety',
  },
} as const satisfies Record<Lang, Record<ThemeId, string>>;

/** Chinese for the reasons the cleaner gives (in English) for removing a line. */
const REMOVED_REASONS_ZH: Record<string, string> = {
  'advert': '广告',
  'copyright notice': '版权声明',
  'editor credit': '编辑署名',
  'image link': '图片链接',
  'page control': '页面控件',
  'paywall trailer': '付费阅读提示',
  'photo caption': '图片说明',
  'publication date (kept as metadata)': '发布日期（已记入元数据）',
  'separator': '分隔符',
  'share prompt': '分享提示',
  'source line (kept as metadata)': '来源行（已记入元数据）',
  'title (kept as metadata)': '标题（已记入元数据）',
};

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The BCP 47 tag for `lang` attributes. */
export const HTML_LANG = { zh: 'zh-CN', en: 'en' } as const satisfies Record<Lang, string>;

/** The interface string `key` in `lang`, with each `{name}` replaced by `vars[name]`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text: string = lang === 'zh' ? zh[key] : en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

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

/**
 * The `lang` attribute for an element holding document data (text, titles, park names):
 * Chinese data inside an English page says so, on Chinese pages the `<html>` tag already does.
 */
export function dataLang(lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : HTML_LANG.zh;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The URL of the site page `path` ("/docs/a/#s0001", always starting with "/") in `lang`
 * under `base`: Chinese at the root, English under "en/".
 */
export function localizedPath(base: string, lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`site paths start with "/": ${path}`);
  return `${withSlash(base)}${lang === 'en' ? 'en/' : ''}${path.slice(1)}`;
}

/**
 * Splits a URL path under `base` into its language and the language-neutral site path,
 * the inverse of `localizedPath`.
 */
export function routeOf(base: string, pathname: string): { lang: Lang; path: string } {
  const root = withSlash(base);
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  if (rest === 'en' || rest.startsWith('en/')) return { lang: 'en', path: `/${rest.slice(3)}` };
  return { lang: 'zh', path: `/${rest}` };
}

/** `localizedPath` under the site's configured base: use for every internal link. */
export function href(lang: Lang, path: string): string {
  return localizedPath(import.meta.env.BASE_URL, lang, path);
}

/** The URL of a static file under the base (`public/` or a data file), the same for both languages. */
export function assetHref(file: string): string {
  return `${withSlash(import.meta.env.BASE_URL)}${file.replace(/^\//, '')}`;
}

/** The URL of a file served from `content/data/`. */
export function dataHref(file: string): string {
  return assetHref(`data/${file}`);
}
