/**
 * The ingest CLI on hostile and broken input (issue 16): each case is a fixture folder under
 * tests/fixtures/hostile/ (or, for what git cannot hold, entries made here), ingested into a
 * scratch folder. A refusal is one line naming the file and the reason, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/schemas/document.ts';
import { runIngest } from '../support/ingest-cli.ts';

const FIXTURES = 'tests/fixtures/hostile';
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder whose seeds are the fixture folders `cases` merged (later files win). */
function corpus(...cases: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  scratch.push(dir);
  mkdirSync(join(dir, 'seeds'));
  for (const name of cases) cpSync(join(FIXTURES, name), join(dir, 'seeds'), { recursive: true });
  cpSync('content/codebook.yaml', join(dir, 'content', 'codebook.yaml'));
  return dir;
}

function ingest(dir: string, flags: string[] = []) {
  return runIngest(dir, flags, 60_000);
}

/** No line of `text` is a stack frame. */
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /mu);

describe('ingest on a seeds folder with links, pipes, folders, huge files and odd names', () => {
  const dir = corpus('plain');
  const seeds = join(dir, 'seeds');
  const outside = join(dir, 'outside.txt');
  writeFileSync(outside, '构建外部文件。这不应被发布。');
  symlinkSync(outside, join(seeds, 'passwd.txt'));
  symlinkSync('/dev/zero', join(seeds, 'zero.txt'));
  spawnSync('mkfifo', [join(seeds, 'fifo.txt')]);
  mkdirSync(join(seeds, 'folder.txt'));
  writeFileSync(join(seeds, 'UPPER.TXT'), '园区。');
  spawnSync('truncate', ['-s', '2200M', join(seeds, 'huge.txt')]);
  writeFileSync(join(seeds, 'evil\nid: x\n---\n<script>.txt'), '园区推进项目。');

  it('without --skip-bad the first refused seed stops the ingest with one line and nothing is written', () => {
    const run = ingest(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: "evil\\nid: x\\n---\\n<script>\.txt": the file name holds a line break/mu);
    noStack(run.stderr);
    expect(existsSync(join(dir, 'content', 'docs'))).toBe(false);
  });

  it('with --skip-bad every refused entry is reported by name and reason, and only the regular file is published', () => {
    const run = ingest(dir, ['--skip-bad']);
    expect(run.status).toBe(0);
    for (const [file, reason] of [
      ['passwd.txt', 'a symbolic link'],
      ['zero.txt', 'a symbolic link'],
      ['fifo.txt', 'a named pipe'],
      ['folder.txt', 'a folder'],
      ['huge.txt', 'too large: 2306867200 bytes'],
    ]) {
      expect(run.stdout).toContain(`skipped ${file}: ${reason}`);
    }
    expect(run.stderr).toContain('UPPER.TXT: ignored: only names ending in lower-case ".txt" are read');
    noStack(run.stderr);
    expect(readdirSync(join(dir, 'content', 'docs'))).toEqual(['100-plain.mdx']);
    expect(run.read('data/passages.jsonl')).not.toContain('外部文件');
  });
});

describe('ingest and duplicates', () => {
  it('a copy whose name sorts first is skipped, and the original the catalog describes keeps its metadata', () => {
    const run = ingest(corpus('duplicates'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'skipped 000_copy.txt: same text as 100_original.txt, which is kept (the catalog describes it)',
    );
    const [record] = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    expect(record).toMatchObject({ seed: '100_original.txt', url: 'https://example.org/original' });
  });
});

describe('ingest and a bad catalog', () => {
  for (const [name, line] of [
    ['catalog-url', /^error: \S+catalog\.yaml: 100_plain\.txt\.url: use an http:\/\/ or https:\/\/ address$/u],
    ['catalog-date', /^error: \S+catalog\.yaml: 100_plain\.txt\.date: not a date in the calendar$/u],
    ['catalog-yaml', /^error: \S+catalog\.yaml: not valid YAML: .+$/u],
  ] as const) {
    it(`${name}: the ingest stops with one line naming the catalog and the field`, () => {
      const run = ingest(corpus('plain', name));
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(line);
    });
  }

  it('an option the ingest does not take is named with the usage, not a stack trace', () => {
    const run = ingest(corpus('plain'), ['--seed', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: Unknown option '--seed'[^]*\nusage: node scripts\/ingest\.ts \[--seeds DIR\]/u);
    noStack(run.stderr);
  });

  it('--workers abc is refused in one line, not read as 1', () => {
    const run = ingest(corpus('plain'), ['--workers', 'abc']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('error: --workers takes a whole number of at least 1, not "abc"');
  });
});

describe('ingest of files named in Chinese', () => {
  it('each gets its own id in pinyin, not one shared id that refuses all but the first', () => {
    const dir = corpus('plain');
    const text = readFileSync(join(dir, 'seeds', '100_plain.txt'), 'utf8');
    rmSync(join(dir, 'seeds', '100_plain.txt'));
    writeFileSync(join(dir, 'seeds', '高新区2023年工作要点.txt'), text);
    writeFileSync(join(dir, 'seeds', '经开区2023年工作要点.txt'), `${text}\n经开区另有一句。`);
    const run = ingest(dir);
    expect(run.status).toBe(0);
    expect(readdirSync(join(dir, 'content', 'docs')).sort()).toEqual([
      'gao-xin-qu-2023-nian-gong-zuo-yao-dian.mdx',
      'jing-kai-qu-2023-nian-gong-zuo-yao-dian.mdx',
    ]);
  });

  it('two names that make one id stop the ingest with a line naming both and the way out', () => {
    const dir = corpus('plain');
    const text = readFileSync(join(dir, 'seeds', '100_plain.txt'), 'utf8');
    writeFileSync(join(dir, 'seeds', '100 plain.txt'), `${text}\n另有一句。`);
    const run = ingest(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^error: 100_plain\.txt: document id "100-plain" is already used by 100 plain\.txt; set another id in seeds\/catalog\.yaml/u,
    );
  });
});

describe('ingest after an interrupted run', () => {
  it('a cache entry cut short is read as a miss, said on stderr, and the output is unchanged', () => {
    const dir = corpus('plain');
    const first = ingest(dir);
    expect(first.status).toBe(0);
    const mdx = first.read('docs/100-plain.mdx');
    const [entry] = readdirSync(join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', entry!), readFileSync(join(dir, 'cache', entry!), 'utf8').slice(0, 100));
    const again = ingest(dir);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/unreadable cache entry for 100_plain\.txt; ingesting it again/u);
    expect(again.read('docs/100-plain.mdx')).toBe(mdx);
    expect(ingest(dir).stdout).toMatch(/1 from cache/u);
  });

  it('a staged content/ a killed run left incomplete is discarded, and content/ stays whole', () => {
    const dir = corpus('plain');
    expect(ingest(dir).status).toBe(0);
    mkdirSync(join(dir, 'content', '.ingest-next', 'docs'), { recursive: true });
    writeFileSync(join(dir, 'content', '.ingest-next', 'docs', 'half.mdx'), '---\n');
    const again = ingest(dir);
    expect(again.status).toBe(0);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual(['codebook.yaml', 'data', 'docs']);
    expect(readdirSync(join(dir, 'content', 'docs'))).toEqual(['100-plain.mdx']);
  });
});

describe('ingest of the hostile page fixture', () => {
  const dir = corpus('page');
  const run = ingest(dir);

  it('catalog text that a spreadsheet would read as a formula is neutralised in matrix.csv', () => {
    expect(run.status).toBe(0);
    const row = run
      .read('data/matrix.csv')
      .split('\r\n')
      .find((r) => r.startsWith('hostile-fragments,'));
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example/"",""敌意园区"")"`);
    expect(row).toContain(",'+湖南,");
  });

  it('the MDX holds each sentence as one string expression', () => {
    const mdx = run.read('docs/hostile-fragments.mdx');
    // The <img> tag itself is web residue the cleaner cuts and reports (see the document's removed list).
    expect(mdx).toContain('{"详见 http://b.example/<不是JSX 园区继续推进项目建设。"}');
    expect(mdx).toContain('{"详见 http://a.example/ 园区继续推进。"}');
    expect(mdx).toContain('\\u007balert(1)\\u007d');
  });
});
