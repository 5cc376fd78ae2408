/** What a citation of the dataset needs to say. */
export interface DatasetCitation {
  /** Responsible parties in citation order, e.g. ["园区工作计划比较项目组"]. */
  authors: readonly string[];
  title: string;
  version: string;
  year: number;
  /** Where the dataset is published; omitted from the citation when the site has no fixed address. */
  url?: string | undefined;
  /** DOI of the release (10.…), when it has one. */
  doi?: string | undefined;
  /** The corpus's content hash (datapackage.json `corpusVersion`): which documents were cited. */
  corpusVersion?: string | undefined;
  /** The codebook's version: which definitions the tags follow. */
  codebookVersion?: string | undefined;
  /** The day the reader consulted it, YYYY-MM-DD, or a placeholder a script fills in; default "引用日期". */
  accessed?: string | undefined;
  /** The language of the words around the versions; default zh. */
  lang?: 'zh' | 'en' | undefined;
}

/** "版本 1.1.1, 语料 6c2c…, 编码表 1.1.1": the versions a reader needs to find the same data again. */
function versions(c: Pick<DatasetCitation, 'version' | 'corpusVersion' | 'codebookVersion' | 'lang'>): string {
  const en = c.lang === 'en';
  return [
    `${en ? 'version' : '版本'} ${c.version}`,
    c.corpusVersion && `${en ? 'corpus' : '语料'} ${c.corpusVersion}`,
    c.codebookVersion && `${en ? 'codebook' : '编码表'} ${c.codebookVersion}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** GB/T 7714 names at most three authors, then "等". */
const GBT_MAX_AUTHORS = 3;

/**
 * GB/T 7714—2015 entry for an online dataset ([DS/OL]) with its versions; the citation date is
 * the day the resource was consulted, as the standard asks (a placeholder unless `accessed` is given).
 */
export function gbt7714(c: DatasetCitation): string {
  const authors =
    c.authors.length > GBT_MAX_AUTHORS ? `${c.authors.slice(0, GBT_MAX_AUTHORS).join(', ')}, 等` : c.authors.join(', ');
  const accessed = `[${c.accessed ?? '引用日期'}]`;
  const access = c.url ? `${accessed}. ${c.url}` : accessed;
  const doi = c.doi ? `. DOI:${c.doi}` : '';
  return `${authors}. ${c.title}[DS/OL]. ${versions(c)}. ${c.year}${access}${doi}.`;
}

/** A BibTeX `@misc` entry (understood by every BibTeX style), with braces protecting the title and each author. */
export function bibtex(c: DatasetCitation, key: string): string {
  const fields: [string, string | undefined][] = [
    ['author', c.authors.map((a) => `{${a}}`).join(' and ')],
    ['title', `{${c.title}}`],
    ['year', String(c.year)],
    ['version', c.version],
    ['doi', c.doi],
    ['howpublished', c.url ? `\\url{${c.url}}` : 'Dataset'],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', `Dataset, ${versions({ ...c, lang: 'en' })}`],
  ];
  return `@misc{${key},\n${fields.flatMap(([k, v]) => (v === undefined ? [] : [`  ${k} = {${v}},`])).join('\n')}\n}`;
}

/** What a citation of one document page needs to say. */
export interface DocumentCitation {
  /** Issuing body or outlet; null when unknown (the entry then starts with the title). */
  author: string | null;
  title: string;
  park: string | null;
  year: number | null;
  /** Publication date, YYYY-MM-DD. */
  date: string | null;
  /** The document page's permalink. */
  url: string;
  /** The day the reader consulted the page, YYYY-MM-DD (or a placeholder a script fills in). */
  accessed: string;
  /** The codebook the page's theme tags follow; the text itself is the document's own. */
  codebookVersion?: string | undefined;
  /** The language of the words around the version; default zh. */
  lang?: 'zh' | 'en' | undefined;
}

const codebookNote = (c: Pick<DocumentCitation, 'codebookVersion' | 'lang'>) =>
  c.codebookVersion === undefined ? null : `${c.lang === 'en' ? 'codebook' : '编码表'} ${c.codebookVersion}`;

/**
 * GB/T 7714—2015 entry for an online document ([EB/OL]): author, title, the codebook version
 * of the page's tags, (publication date or year)[citation date], address.
 */
export function documentGbt7714(c: DocumentCitation): string {
  const published = c.date ?? (c.year === null ? null : String(c.year));
  const author = c.author ? `${c.author}. ` : '';
  const codebook = codebookNote(c);
  return `${author}${c.title}[EB/OL]. ${codebook ? `${codebook}. ` : ''}${published ? `(${published})` : ''}[${c.accessed}]. ${c.url}.`;
}

/** Characters that LaTeX reads as commands inside a BibTeX field. */
const TEX_SPECIAL = /[\\{}%&#_$^~]/g;
const tex = (s: string) =>
  s.replace(TEX_SPECIAL, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' || ch === '~' ? `\\${ch}{}` : `\\${ch}`,
  );

/** A BibTeX `@misc` entry for a document page, with biblatex's `urldate` for the access date. */
export function documentBibtex(c: DocumentCitation, key: string): string {
  const fields: [string, string | null][] = [
    ['author', c.author === null ? null : `{${tex(c.author)}}`],
    ['title', `{${tex(c.title)}}`],
    ['year', c.year === null ? null : String(c.year)],
    ['date', c.date],
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['urldate', c.accessed],
    [
      'note',
      [c.park === null ? null : tex(c.park), codebookNote({ ...c, lang: 'en' })].filter((x) => x !== null).join('; ') ||
        null,
    ],
  ];
  return `@misc{${key},\n${fields.flatMap(([k, v]) => (v === null ? [] : [`  ${k} = {${v}},`])).join('\n')}\n}`;
}

/** A short citation of one sentence: 《title》, park, year, §s0012, permalink#s0012. */
export function sentenceCitation(
  c: Pick<DocumentCitation, 'title' | 'park' | 'year' | 'url'>,
  sentence: string,
): string {
  return [`《${c.title}》`, c.park, c.year === null ? null : String(c.year), `§${sentence}`, `${c.url}#${sentence}`]
    .filter((x) => x !== null)
    .join(', ');
}

/** What a citation of an analysis page (a theme, the matrix, a comparison) needs to say. */
export interface PageCitation {
  /** The corpus's responsible parties, as the dataset citation names them. */
  authors: readonly string[];
  /** The page's own title, e.g. "招商引资". */
  title: string;
  /** The site's title. */
  site: string;
  year: number;
  corpusVersion: string;
  codebookVersion: string;
  /** The page's address with its state (?sort=…, ?docs=…), or a placeholder a script fills in. */
  url: string;
  /** The day the reader consulted the page, YYYY-MM-DD, or a placeholder a script fills in. */
  accessed: string;
  lang: 'zh' | 'en';
}

const gbtAuthors = (authors: readonly string[]) =>
  authors.length > GBT_MAX_AUTHORS ? `${authors.slice(0, GBT_MAX_AUTHORS).join(', ')}, 等` : authors.join(', ');
const pageVersions = (c: PageCitation) =>
  c.lang === 'en'
    ? `corpus ${c.corpusVersion}, codebook ${c.codebookVersion}`
    : `语料 ${c.corpusVersion}, 编码表 ${c.codebookVersion}`;

/**
 * GB/T 7714—2015 entry for an analysis page ([EB/OL]): authors, site: page title, the corpus
 * and codebook versions the figures were computed from, year[citation date], the address with its state.
 */
export function pageGbt7714(c: PageCitation): string {
  return `${gbtAuthors(c.authors)}. ${c.site}: ${c.title}[EB/OL]. ${pageVersions(c)}. (${c.year})[${c.accessed}]. ${c.url}.`;
}

/** A BibTeX `@misc` entry for an analysis page, the versions in `note`, biblatex's `urldate` for the access date. */
export function pageBibtex(c: PageCitation, key: string): string {
  const fields: [string, string][] = [
    ['author', c.authors.map((a) => `{${tex(a)}}`).join(' and ')],
    ['title', `{${tex(c.title)}}`],
    ['organization', `{${tex(c.site)}}`],
    ['year', String(c.year)],
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', `corpus ${c.corpusVersion}, codebook ${c.codebookVersion}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}
