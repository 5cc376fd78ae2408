import { describe, expect, it } from 'vitest';
import { expectedErrorLine, parseCommandLine, positiveInteger, UsageError } from './cli-errors.ts';
import { IngestError } from './ingest-error.ts';

describe('expectedErrorLine(error)', () => {
  it('expectedErrorLine() gives input problems one line naming the file, and leaves bugs alone', () => {
    expect(
      expectedErrorLine(new IngestError('seeds/catalog.yaml', '001.txt.url: use an http:// or https:// address')),
    ).toBe('error: seeds/catalog.yaml: 001.txt.url: use an http:// or https:// address');
    expect(
      expectedErrorLine(
        Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: 'seeds/catalog.yaml' }),
      ),
    ).toBe('error: seeds/catalog.yaml: cannot be read: permission denied');
    expect(expectedErrorLine(new UsageError('--workers takes a whole number of at least 1, not "abc"'))).toBe(
      'error: --workers takes a whole number of at least 1, not "abc"',
    );
    expect(expectedErrorLine(new TypeError('x is undefined'))).toBeNull();
  });
});

describe('positiveInteger(value, name)', () => {
  it('positiveInteger() accepts whole numbers from 1 and refuses anything else by name', () => {
    expect(positiveInteger('2', '--workers')).toBe(2);
    for (const bad of ['abc', '0', '-1', '1.5', '', '2x'])
      expect(() => positiveInteger(bad, '--workers')).toThrow(/--workers takes a whole number/u);
  });
});

describe('parseCommandLine(usage, config, args)', () => {
  const usage = 'node scripts/x.ts [--out DIR] [--check]';
  const config = { options: { out: { type: 'string' }, check: { type: 'boolean', default: false } } } as const;

  it('parseCommandLine() reads the options a script takes', () => {
    expect(parseCommandLine(usage, config, ['--out', 'site', '--check'])).toEqual({
      values: { out: 'site', check: true },
      positionals: [],
    });
  });

  it('parseCommandLine() answers --help and -h with the usage, but not after --', () => {
    expect(parseCommandLine(usage, config, ['--out', 'site', '--help'])).toEqual({ help: usage });
    expect(parseCommandLine(usage, config, ['-h'])).toEqual({ help: usage });
    expect(() => parseCommandLine(usage, config, ['--', '--help'])).toThrow(UsageError);
  });

  it('parseCommandLine() names an option it does not take, or one without its value, and gives the usage', () => {
    expect(() => parseCommandLine(usage, config, ['--seed', 'x'])).toThrow(/'--seed'[^]*\nusage: node scripts\/x\.ts/u);
    expect(() => parseCommandLine(usage, config, ['--out'])).toThrow(/'--out <value>' argument missing\nusage: /u);
    expect(() => parseCommandLine(usage, config, ['stray'])).toThrow(/'stray'[^]*\nusage: /u);
  });
});
