import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Codebook } from '../src/schemas/codebook.ts';
import { DocumentRecord } from '../src/schemas/document.ts';
import { Passage } from '../src/schemas/passage.ts';
import { runIngest } from './support/ingest-cli.ts';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** Runs the real ingest CLI on a copy of `seeds` with extra files, into a scratch content folder. */
function ingest(extra: Record<string, Uint8Array | string> = {}, flags: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  scratch.push(dir);
  cpSync('seeds', join(dir, 'seeds'), { recursive: true });
  cpSync('content/codebook.yaml', join(dir, 'content', 'codebook.yaml'));
  for (const [name, bytes] of Object.entries(extra)) writeFileSync(join(dir, 'seeds', name), bytes);
  return runIngest(dir, flags);
}

describe('npm run ingest on the five seeds', () => {
  let run: ReturnType<typeof ingest>;
  beforeAll(() => {
    run = ingest();
  });

  it('ingest writes one MDX file per seed and data files that pass their schemas', () => {
    expect(run.status).toBe(0);
    expect(readdirSync(join(run.dir, 'content', 'docs'))).toHaveLength(5);
    const records = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    const passages = run
      .read('data/passages.jsonl')
      .trim()
      .split('\n')
      .map((l) => Passage.parse(JSON.parse(l)));
    expect(records.map((r) => r.seed)).toEqual(
      readdirSync('seeds')
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(passages.length).toBe(records.reduce((n, r) => n + r.sentenceCount, 0));
    expect(
      Codebook.omit({ themes: true })
        .passthrough()
        .safeParse(JSON.parse(run.read('data/codebook.json'))).success,
    ).toBe(true);
  });

  it('ingest counts theme shares over body sentences: headings are tagged but in neither numerator nor denominator', () => {
    const records = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    const passages = run
      .read('data/passages.jsonl')
      .trim()
      .split('\n')
      .map((l) => Passage.parse(JSON.parse(l)));
    expect(passages.some((p) => p.heading && p.themes.length > 0)).toBe(true);
    for (const r of records) {
      const body = passages.filter((p) => p.doc === r.id && !p.heading);
      expect(r.bodySentences).toBe(body.length);
      for (const [theme, count] of Object.entries(r.themeCounts)) {
        expect(count, `${r.id} ${theme}`).toBe(
          body.filter((p) => p.themes.includes(theme as Passage['themes'][number])).length,
        );
        expect(r.themeShares[theme as Passage['themes'][number]]).toBeCloseTo(count / body.length, 4);
      }
    }
  });

  it('ingest keeps every character of each document’s body in its sentences', () => {
    const passages = run
      .read('data/passages.jsonl')
      .trim()
      .split('\n')
      .map((l) => Passage.parse(JSON.parse(l)));
    const records = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    for (const r of records) {
      const raw = readFileSync(join('seeds', r.seed), 'utf8').replace(/\s/gu, '');
      // A span entry stands for `count` identical cuts; an extraction space removed only whitespace.
      const removed = r.removed
        .filter((x) => x.reason !== 'extraction space')
        .map((x) => x.text.replace(/\s/gu, '').repeat(x.count ?? 1))
        .join('');
      const kept = passages
        .filter((p) => p.doc === r.id)
        .map((p) => p.text.replace(/\s/gu, ''))
        .join('');
      expect(kept.length + removed.length).toBe(raw.length);
    }
  });

  it('ingest keeps anonymized parks anonymized and fills the catalog’s dates', () => {
    const records = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    const bySeed = Object.fromEntries(records.map((r) => [r.seed.slice(0, 3), r]));
    expect(bySeed['000']).toMatchObject({ park: 'x高新区', anonymized: true });
    expect(bySeed['001']).toMatchObject({
      date: '2020-03-04',
      year: 2020,
      level: 'national-etdz',
      type: 'work-points',
    });
    expect(bySeed['003']).toMatchObject({
      date: '2021-01-14',
      source: '人民网-湖南频道',
      level: 'state-new-area',
      type: 'news-report',
    });
  });

  it('matrix.csv starts with a BOM and has one row per document and a share and a count column per theme', () => {
    const csv = run.read('data/matrix.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .map((r) => r.split(','));
    expect(rows).toHaveLength(6);
    expect(rows[0]!.slice(7)).toHaveLength(36);
    expect(rows[0]!.slice(7, 25).every((c) => !c.endsWith('_count'))).toBe(true);
    expect(rows[0]!.slice(25).every((c) => c.endsWith('_count'))).toBe(true);
  });

  it('ingest is deterministic: a second run gives byte-identical files', () => {
    const again = ingest();
    for (const f of [
      'data/documents.json',
      'data/passages.jsonl',
      'data/matrix.csv',
      'data/datapackage.json',
      'data/codebook.json',
    ]) {
      expect(again.read(f)).toBe(run.read(f));
    }
  });

  it('ingest writes the same bytes on two threads (--workers 2: this one and a worker) as on one', () => {
    const threaded = ingest({}, ['--workers', '2']);
    expect(threaded.status).toBe(0);
    const files = (dir: string) => readdirSync(join(run.dir, 'content', dir)).map((f) => `${dir}/${f}`);
    for (const f of [...files('docs'), ...files('data')]) expect(threaded.read(f), f).toBe(run.read(f));
  });

  it('the committed content/ is what the seeds and codebook give (ingest --check)', () => {
    const out = spawnSync(process.execPath, ['scripts/ingest.ts', '--check'], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });
});

describe('npm run ingest on a corpus without the seeds', () => {
  it('ingest builds it and publishes the project’s tagging evaluation unchanged (content/model/eval.json)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    scratch.push(dir);
    cpSync('tests/fixtures/annotations/root/docs', join(dir, 'seeds'), { recursive: true });
    cpSync('content/codebook.yaml', join(dir, 'content', 'codebook.yaml'));
    const run = spawnSync(
      process.execPath,
      ['scripts/ingest.ts', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'content'), '--no-cache'],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'content', 'data', 'eval.json'), 'utf8')).toBe(
      readFileSync('content/model/eval.json', 'utf8'),
    );
  });
});

describe('npm run ingest on bad input', () => {
  it('a binary file stops the build with its name and the reason', () => {
    const run = ingest({ 'zz-binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/zz-binary\.txt: .*binary/u);
  });

  it('an empty or whitespace-only file stops the build, or is reported and skipped with --skip-bad', () => {
    expect(ingest({ 'zz-empty.txt': '' }).stderr).toMatch(/zz-empty\.txt: .*empty/u);
    const run = ingest({ 'zz-blank.txt': ' \n\t\n' }, ['--skip-bad']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/skipped zz-blank\.txt: .*whitespace/u);
    expect(readdirSync(join(run.dir, 'content', 'docs'))).toHaveLength(5);
  });

  it('a GBK-encoded document is decoded and ingested', () => {
    const gbk = execFileSync('python3', [
      '-c',
      'import sys; sys.stdout.buffer.write("x开发区2024年工作要点\\n一、全力招商引资。大力优化营商环境。".encode("gbk"))',
    ]);
    const run = ingest({ 'zz-gbk.txt': gbk });
    expect(run.status).toBe(0);
    const records = DocumentRecord.array().parse(JSON.parse(run.read('data/documents.json')));
    expect(records.find((r) => r.seed === 'zz-gbk.txt')).toMatchObject({
      encoding: 'gb18030',
      title: 'x开发区2024年工作要点',
      year: 2024,
      type: 'work-points',
    });
  });

  it('two files with the same text are reported and the second is skipped', () => {
    const run = ingest({ 'zz-copy.txt': readFileSync('seeds/001_944198d32a153964.txt') });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/skipped zz-copy\.txt: same text as 001_944198d32a153964\.txt/u);
  });

  it('a catalog that breaks its schema stops the build naming the file and the field', () => {
    const run = ingest({ 'catalog.yaml': '001_944198d32a153964.txt:\n  year: twenty\n' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^error: \S*catalog\.yaml: 001_944198d32a153964\.txt\.year: [^\n]+$/u);
  });
});

describe('npm run ingest with its cache', () => {
  it('a second run takes every unchanged document from the cache and writes the same files', () => {
    const first = ingest();
    const rerun = (...flags: string[]) => runIngest(first.dir, flags);
    expect(rerun().stdout).toMatch(/5 from cache/u);
    writeFileSync(
      join(first.dir, 'seeds', '000_94a5f7ca8d79472c.txt'),
      readFileSync('seeds/000_94a5f7ca8d79472c.txt', 'utf8') + '\n新增一句。\n',
    );
    expect(rerun().stdout).toMatch(/4 from cache/u);
    expect(first.read('data/passages.jsonl')).toContain('新增一句。');
    // The analysis built from the cached documents' parts is the one built from scratch.
    const fresh = rerun('--no-cache', '--check');
    expect(fresh.stderr).toBe('');
    expect(fresh.status).toBe(0);
  });

  it('a 3 MB document is ingested, not refused', () => {
    const big = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join('seeds', f), 'utf8'))
      .join('\n')
      .repeat(60);
    const run = ingest({ 'zz-big.txt': big.replace(/^/gmu, ' ') });
    expect(big.length * 3).toBeGreaterThan(2_900_000);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/6 documents/u);
  });
});
