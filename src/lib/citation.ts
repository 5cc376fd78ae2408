/** What a citation of the dataset needs to say. */
export interface DatasetCitation {
  /** Responsible party, e.g. "园区工作计划比较项目组". */
  author: string;
  title: string;
  version: string;
  year: number;
  /** Where the dataset is published; omitted from the citation when the site has no fixed address. */
  url?: string | undefined;
}

/**
 * GB/T 7714—2015 entry for an online dataset ([DS/OL]); the citation date is left for the
 * reader to fill in, as the standard asks for the day the resource was consulted.
 */
export function gbt7714(c: DatasetCitation): string {
  const access = c.url ? `[引用日期]. ${c.url}` : '[引用日期]';
  return `${c.author}. ${c.title}[DS/OL]. 版本 ${c.version}. ${c.year}${access}.`;
}

/** A BibTeX `@misc` entry (understood by every BibTeX style), with braces protecting the title. */
export function bibtex(c: DatasetCitation, key: string): string {
  const fields: [string, string][] = [
    ['author', `{${c.author}}`],
    ['title', `{${c.title}}`],
    ['year', String(c.year)],
    ['version', c.version],
    ['howpublished', c.url ? `\\url{${c.url}}` : 'Dataset'],
    ['note', `Dataset, version ${c.version}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}
