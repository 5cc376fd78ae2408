/**
 * Runs one child process under GNU time (`/usr/bin/time -v`) with a deadline, for the benchmark:
 * wall time, CPU time, and the peak resident memory of the largest process in its tree (the
 * kernel's `ru_maxrss` over every waited-for descendant).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchGroup } from './group-usage.ts';

export interface TimedRun {
  seconds: number;
  /**
   * Peak RSS of the largest process, in bytes, and the CPU time, user and system, of every process
   * the child started, in seconds. Each is the larger of two lower bounds: GNU time's misses the
   * processes nobody waited for, `watchGroup`'s what happened between two readings (a short-lived
   * process entirely).
   */
  maxRss: number;
  cpuSeconds: number;
  /** What the child printed (its last 16 MB). */
  stdout: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The child and everything it started are killed after this long. */
  timeoutMs: number;
}

const GNU_TIME = '/usr/bin/time';
const OUTPUT_TAIL = 4000;
const STDOUT_LIMIT = 16 * 1024 * 1024;

/** `Maximum resident set size (kbytes): 841048` in `time -v` output, as bytes. */
export function parseMaxRss(report: string): number {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  if (!match) throw new Error(`no "Maximum resident set size" in GNU time's report:\n${report}`);
  return Number(match[1]) * 1024;
}

/** `User time (seconds): 21.07` plus `System time (seconds): 2.95` in `time -v` output. */
export function parseCpuSeconds(report: string): number {
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  if (!user || !system) throw new Error(`no "User time" and "System time" in GNU time's report:\n${report}`);
  return Number(user[1]) + Number(system[1]);
}

export function runTimed(command: string, args: readonly string[], options: RunOptions): Promise<TimedRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'ppc-time-'));
  const report = join(scratch, 'time.txt');
  const label = [command, ...args].join(' ');
  return new Promise<TimedRun>((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so a timeout kills the whole tree by this child's id.
    const child = spawn(GNU_TIME, ['-v', '-o', report, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const group = watchGroup(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-STDOUT_LIMIT)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-OUTPUT_TAIL)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const sampled = group.stop();
      try {
        if (timedOut) throw new Error(`${label}: killed after ${options.timeoutMs / 1000} s`);
        if (code !== 0) throw new Error(`${label}: exit code ${code}\n${stderr || stdout.slice(-OUTPUT_TAIL)}`);
        const usage = readFileSync(report, 'utf8');
        resolve({
          seconds,
          maxRss: Math.max(parseMaxRss(usage), sampled.maxRss),
          cpuSeconds: Math.max(parseCpuSeconds(usage), sampled.cpuSeconds),
          stdout,
        });
      } catch (error) {
        reject(error as Error);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}
