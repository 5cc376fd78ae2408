import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeeds, systemReason } from './read-seeds.ts';

/**
 * A seeds folder holding one good document and every kind of entry that must not be read as one.
 * Links, pipes and sparse files cannot live in git, so they are made here; the fixture is this list.
 */
describe('readSeeds(dir, files, catalog)', () => {
  let dir: string;
  let outside: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-seeds-'));
    outside = mkdtempSync(join(tmpdir(), 'read-seeds-outside-'));
    writeFileSync(join(outside, 'secret.txt'), '机密文件。');
    writeFileSync(join(dir, 'good.txt'), '园区工作要点。');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'passwd.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    symlinkSync(join(outside, 'missing.txt'), join(dir, 'dangling.txt'));
    symlinkSync(outside, join(dir, 'dirlink.txt'));
    mkdirSync(join(dir, 'folder.txt'));
    mkdirSync(join(dir, 'drafts'));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    writeFileSync(join(dir, 'big.txt'), '');
    truncateSync(join(dir, 'big.txt'), 20 * 1024 * 1024 + 1);
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 2 ** 31 + 1);
    writeFileSync(join(dir, 'evil\n---\nid: x.txt'), '园区。');
    writeFileSync(join(dir, 'UPPER.TXT'), '园区。');
    writeFileSync(join(dir, 'notes.docx'), 'x');
    writeFileSync(join(dir, 'catalog.yaml'), '');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const txt = () => [
    'big.txt',
    'dangling.txt',
    'dirlink.txt',
    'evil\n---\nid: x.txt',
    'fifo.txt',
    'folder.txt',
    'good.txt',
    'huge.txt',
    'passwd.txt',
    'zero.txt',
  ];

  it('readSeeds() reads the regular file and refuses links, pipes, folders, oversized files and unsafe names by name and reason, without hanging', () => {
    const folder = readSeeds(dir, txt(), { 'good.txt': { title: 'x' } });
    expect(folder.seeds.map((s) => [s.file, new TextDecoder().decode(s.bytes), s.entry])).toEqual([
      ['good.txt', '园区工作要点。', { title: 'x' }],
    ]);
    expect(Object.fromEntries(folder.refused.map((e) => [e.file, e.reason]))).toEqual({
      'big.txt': 'too large: 20971521 bytes, over the limit of 20971520 bytes (20 MiB)',
      'huge.txt': 'too large: 2147483649 bytes, over the limit of 20971520 bytes (20 MiB)',
      'dangling.txt': expect.stringMatching(/^a symbolic link/u),
      'dirlink.txt': expect.stringMatching(/^a symbolic link/u),
      'passwd.txt': expect.stringMatching(/^a symbolic link/u),
      'zero.txt': expect.stringMatching(/^a symbolic link/u),
      'folder.txt': 'a folder, not a text file',
      'fifo.txt': 'a named pipe, not a regular file',
      '"evil\\n---\\nid: x.txt"': expect.stringMatching(/line break/u),
    });
  });

  it('readSeeds() names every other entry with the reason it is not read, and passes over the catalog', () => {
    expect(readSeeds(dir, txt(), {}).ignored).toEqual([
      'UPPER.TXT: ignored: only names ending in lower-case ".txt" are read; rename it',
      'drafts: ignored: a folder (seeds are the .txt files directly inside the seeds folder)',
      'notes.docx: ignored: not a .txt file',
    ]);
  });

  it('readSeeds() reports a seed that disappeared after the folder was listed', () => {
    expect(readSeeds(dir, ['gone.txt'], {}).refused.map((e) => `${e.file}: ${e.reason}`)).toEqual([
      'gone.txt: disappeared while the folder was being read',
    ]);
  });
});

describe('systemReason(error)', () => {
  it('systemReason() turns file-system error codes into a reason without a stack trace', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(systemReason(error('EACCES'))).toBe('cannot be read: permission denied');
    expect(systemReason(error('EISDIR'))).toBe('a folder, not a text file');
    expect(systemReason(error('EIO'))).toBe('cannot be read: EIO');
    expect(systemReason(error('ENOENT'))).toBe('does not exist');
  });
});
