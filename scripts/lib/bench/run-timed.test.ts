import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCpuSeconds, parseMaxRss, runTimed } from './run-timed.ts';

describe('run-timed', () => {
  it("parseMaxRss(report) reads GNU time's kilobytes as bytes", () => {
    expect(
      parseMaxRss(
        '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:12.77\n\tMaximum resident set size (kbytes): 841048\n',
      ),
    ).toBe(841048 * 1024);
  });

  it("parseCpuSeconds(report) adds GNU time's user and system seconds", () => {
    expect(parseCpuSeconds('\tUser time (seconds): 21.07\n\tSystem time (seconds): 2.95\n')).toBeCloseTo(24.02);
    expect(() => parseCpuSeconds('\tUser time (seconds): 21.07\n')).toThrow(/System time/);
  });

  it('runTimed(command) returns the time, the CPU time, the peak memory and what the child printed', async () => {
    const run = await runTimed(process.execPath, ['-e', 'console.log("hello")'], { cwd: '.', timeoutMs: 30_000 });
    expect(run.stdout).toBe('hello\n');
    expect(run.maxRss).toBeGreaterThan(1024 * 1024);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.cpuSeconds).toBeGreaterThan(0);
  });

  it('runTimed(command) counts the CPU time and memory of a process its child started and did not wait for', async () => {
    // The grandchild takes 300 MB and 0.5 s of CPU, says so through a file, and outlives the child,
    // which spins 0.4 s of CPU once it has read that file: GNU time would count only the child.
    // Spinning on CPU time rather than the clock keeps the figures whatever else the machine runs.
    const scratch = mkdtempSync(join(tmpdir(), 'ppc-run-timed-'));
    const ready = join(scratch, 'ready');
    const spinCpu = (ms: number) =>
      `const s = process.cpuUsage(); while (((u) => u.user + u.system)(process.cpuUsage(s)) < ${ms * 1000});`;
    const grandchild = `const held = Buffer.alloc(300e6, 1); ${spinCpu(500)} require('node:fs').writeFileSync(${JSON.stringify(ready)}, ''); setTimeout(() => held[0], 3000);`;
    const script = [
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'ignore' }).unref();`,
      `const t = Date.now(); while (!require('node:fs').existsSync(${JSON.stringify(ready)})) if (Date.now() - t > 20000) process.exit(9);`,
      spinCpu(400),
    ].join(' ');
    const run = await runTimed(process.execPath, ['-e', script], { cwd: '.', timeoutMs: 30_000 }).finally(() =>
      rmSync(scratch, { recursive: true, force: true }),
    );
    expect(run.cpuSeconds).toBeGreaterThan(0.9);
    expect(run.maxRss).toBeGreaterThan(300e6);
  });

  it('runTimed(command) kills a child that outlives its deadline, with what it started', async () => {
    await expect(runTimed('sh', ['-c', 'sleep 30 & sleep 30'], { cwd: '.', timeoutMs: 300 })).rejects.toThrow(
      /killed after 0.3 s/,
    );
  });

  it('runTimed(command) rejects with the exit code and the end of stderr', async () => {
    await expect(
      runTimed(process.execPath, ['-e', 'console.error("broken"); process.exit(3)'], { cwd: '.', timeoutMs: 30_000 }),
    ).rejects.toThrow(/exit code 3\nbroken/);
  });
});
