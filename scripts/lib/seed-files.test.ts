import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { listSeedFiles, NoDocumentsError } from './seed-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('listSeedFiles(dir) gives the .txt files sorted by name, and nothing else', () => {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const name of ['b.txt', 'a.txt', 'catalog.yaml', 'notes.md']) writeFileSync(join(corpus, name), '一。');
  expect(listSeedFiles(corpus)).toEqual(['a.txt', 'b.txt']);
});

it('listSeedFiles(dir) of a folder with only a catalog says there are no documents and where it looked', () => {
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  writeFileSync(join(empty, 'catalog.yaml'), '{}\n');
  expect(() => listSeedFiles(empty)).toThrow(new NoDocumentsError(`no documents: ${empty} holds no .txt file`));
});

it('listSeedFiles(dir) of a missing folder or of a file says so', () => {
  expect(() => listSeedFiles(join(dir, 'missing'))).toThrow(`no documents: ${join(dir, 'missing')} does not exist`);
  writeFileSync(join(dir, 'file.txt'), '一。');
  expect(() => listSeedFiles(join(dir, 'file.txt'))).toThrow(`no documents: ${join(dir, 'file.txt')} is not a folder`);
});
