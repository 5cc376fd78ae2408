import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishInterruptedReplace, replaceFolders, writeFileAtomic } from './atomic-write.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A content folder with docs/a.mdx, docs/old.mdx and data/x.json, all "old". */
function content(): string {
  const root = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(root);
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'docs', 'a.mdx'), 'a');
  writeFileSync(join(root, 'docs', 'old.mdx'), 'old');
  writeFileSync(join(root, 'data', 'x.json'), 'old x');
  writeFileSync(join(root, 'codebook.yaml'), 'hand-written');
  return root;
}

const listing = (root: string) => readdirSync(root, { recursive: true }).map(String).sort();

describe('writeFileAtomic(path, contents)', () => {
  it('writeFileAtomic() replaces the file and leaves no temporary file', () => {
    const root = content();
    writeFileAtomic(join(root, 'data', 'x.json'), 'new x');
    expect(readFileSync(join(root, 'data', 'x.json'), 'utf8')).toBe('new x');
    expect(readdirSync(join(root, 'data'))).toEqual(['x.json']);
  });
});

describe('replaceFolders(root, names, outputs)', () => {
  it('replaceFolders() leaves exactly the outputs in the generated folders and keeps unchanged files as they were', () => {
    const root = content();
    utimesSync(join(root, 'docs', 'a.mdx'), 1_000_000, 1_000_000);
    replaceFolders(
      root,
      ['docs', 'data'],
      new Map([
        [join(root, 'docs', 'a.mdx'), 'a'],
        [join(root, 'docs', 'b.mdx'), 'b'],
        [join(root, 'data', 'x.json'), 'new x'],
      ]),
    );
    expect(listing(root)).toEqual(['codebook.yaml', 'data', 'data/x.json', 'docs', 'docs/a.mdx', 'docs/b.mdx']);
    expect(readFileSync(join(root, 'data', 'x.json'), 'utf8')).toBe('new x');
    expect(statSync(join(root, 'docs', 'a.mdx')).mtimeMs).toBe(1_000_000_000);
  });

  it('replaceFolders() refuses a path outside the generated folders', () => {
    const root = content();
    expect(() => replaceFolders(root, ['docs'], new Map([[join(root, 'codebook.yaml'), 'x']]))).toThrow(
      /not a file directly inside/u,
    );
    expect(readFileSync(join(root, 'codebook.yaml'), 'utf8')).toBe('hand-written');
  });
});

describe('finishInterruptedReplace(root, names)', () => {
  it('finishInterruptedReplace() discards a staged set a killed run left incomplete, so the old content stays whole', () => {
    const root = content();
    mkdirSync(join(root, '.ingest-next', 'docs'), { recursive: true });
    writeFileSync(join(root, '.ingest-next', 'docs', 'half.mdx'), 'half');
    finishInterruptedReplace(root, ['docs', 'data']);
    expect(listing(root)).toEqual(['codebook.yaml', 'data', 'data/x.json', 'docs', 'docs/a.mdx', 'docs/old.mdx']);
  });

  it('finishInterruptedReplace() swaps in a complete staged set a run was killed in the middle of swapping', () => {
    const root = content();
    mkdirSync(join(root, '.ingest-next', 'docs'), { recursive: true });
    mkdirSync(join(root, '.ingest-next', 'data'), { recursive: true });
    writeFileSync(join(root, '.ingest-next', 'docs', 'new.mdx'), 'new');
    writeFileSync(join(root, '.ingest-next', 'data', 'x.json'), 'new x');
    writeFileSync(join(root, '.ingest-next', 'COMPLETE'), '');
    // Killed after docs/ was moved aside and before the new docs/ took its place.
    mkdirSync(join(root, '.ingest-previous'));
    renameSync(join(root, 'docs'), join(root, '.ingest-previous', 'docs'));
    finishInterruptedReplace(root, ['docs', 'data']);
    expect(listing(root)).toEqual(['codebook.yaml', 'data', 'data/x.json', 'docs', 'docs/new.mdx']);
    expect(readFileSync(join(root, 'data', 'x.json'), 'utf8')).toBe('new x');
    expect(existsSync(join(root, '.ingest-previous'))).toBe(false);
  });
});
