/**
 * Reads a document's MDX (`content/docs/<id>.mdx`) in the one form scripts/lib/steps/write-mdx.ts
 * writes: a frontmatter of one comment line and the record as JSON, then blocks of
 *
 * ```
 * <P>                                   or   <Heading id="sec-1" level="1">
 *   <S id="s0001" themes="a b">{"text"}</S><S …>{"…"}</S>
 * </P>                                       </Heading>
 * ```
 *
 * separated by blank lines. The site renders these blocks with its own components instead of
 * compiling each document into a module through Astro's MDX integration: at 1,000 documents that
 * put 1,000 modules through the bundler (about 0.4 GiB of its memory) and their code into the
 * page renderer, for a text whose every sentence is already a string literal. The files stay MDX
 * that any MDX tool reads the same way; write-mdx.test.ts checks that this reader and the MDX
 * parser read the same sentences from hostile text. Anything else fails with the file and line,
 * since only the ingest writes these files.
 */

export interface MdxSentence {
  id: string;
  /** Space-separated theme ids, "" when the sentence carries none. */
  themes: string;
  text: string;
}

export type MdxBlock =
  | { kind: 'paragraph'; sentences: MdxSentence[] }
  | { kind: 'heading'; id: string; level: string; sentences: MdxSentence[] };

const FRONTMATTER_END = '\n---\n';
const OPENING = /^(?:<P>|<Heading id="([\w-]+)" level="([\w-]+)">)$/u;
const SENTENCE = /<S id="([\w-]+)" themes="([\w -]*)">\{("(?:[^"\\\n]|\\.)*")\}<\/S>/uy;
const INDENT = '  ';

function fail(source: string, line: number, reason: string): never {
  throw new Error(`${source} line ${line}: ${reason}; the ingest writes this file (npm run ingest), so write it again`);
}

/** Where the frontmatter's closing `---` starts; the body begins on the line after it. */
function frontmatterEnd(text: string, source: string): number {
  if (!text.startsWith('---\n')) fail(source, 1, 'no frontmatter (the file must start with ---)');
  const end = text.indexOf(FRONTMATTER_END, 3);
  if (end < 0) fail(source, 1, 'the frontmatter is never closed by a --- line');
  return end;
}

/** The frontmatter's value, unchecked: the content collection's schema checks it. */
export function mdxFrontmatter(text: string, source: string): unknown {
  const lines = text.slice(4, frontmatterEnd(text, source)).split('\n');
  const comments = lines.findIndex((line) => !line.startsWith('#'));
  try {
    return JSON.parse(lines.slice(comments).join('\n'));
  } catch (error) {
    return fail(source, comments + 2, `the frontmatter is not JSON (${(error as Error).message})`);
  }
}

/** The text's paragraphs and headings in reading order, each with its sentences. */
export function mdxBlocks(text: string, source: string): MdxBlock[] {
  const end = frontmatterEnd(text, source);
  const lines = text.slice(end + FRONTMATTER_END.length).split('\n');
  const first = text.slice(0, end + FRONTMATTER_END.length).split('\n').length;
  const blocks: MdxBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = lines[i]!;
    if (opening === '') continue;
    const tag = OPENING.exec(opening);
    if (!tag) fail(source, first + i, `expected <P> or <Heading id="…" level="…">, found ${JSON.stringify(opening)}`);
    const sentences = readSentences(lines[i + 1] ?? '', source, first + i + 1);
    const closing = tag[1] === undefined ? '</P>' : '</Heading>';
    if (lines[i + 2] !== closing) fail(source, first + i + 2, `expected ${closing}`);
    blocks.push(
      tag[1] === undefined
        ? { kind: 'paragraph', sentences }
        : { kind: 'heading', id: tag[1], level: tag[2]!, sentences },
    );
    i += 2;
  }
  return blocks;
}

/** One indented line of `<S>` elements, each holding its text as one string literal. */
function readSentences(line: string, source: string, lineNumber: number): MdxSentence[] {
  if (!line.startsWith(INDENT) || line.length === INDENT.length)
    fail(source, lineNumber, 'expected an indented line of <S> elements');
  const sentences: MdxSentence[] = [];
  SENTENCE.lastIndex = INDENT.length;
  while (SENTENCE.lastIndex < line.length) {
    const at = SENTENCE.lastIndex;
    const match = SENTENCE.exec(line);
    if (!match) fail(source, lineNumber, `expected <S id="…" themes="…">{"…"}</S> at column ${at + 1}`);
    sentences.push({ id: match[1]!, themes: match[2]!, text: JSON.parse(match[3]!) as string });
  }
  return sentences;
}
