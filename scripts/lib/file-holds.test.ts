import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileHolds } from './file-holds.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-holds-'));

it('fileHolds(file, contents) is true only for the same bytes, Chinese included', () => {
  const file = join(dir, 'a.txt');
  writeFileSync(file, '园区\n');
  expect(fileHolds(file, '园区\n')).toBe(true);
  expect(fileHolds(file, '园区')).toBe(false);
  // Same length in UTF-16, different bytes.
  expect(fileHolds(file, '园丁\n')).toBe(false);
});

it('fileHolds is false for a file that does not exist', () => {
  expect(fileHolds(join(dir, 'missing.txt'), '')).toBe(false);
});
