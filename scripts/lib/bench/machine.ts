/** The machine a benchmark ran on, for the report's header. */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  /** The 1-minute load average when the run started: other work on the machine skews the times. */
  load: number;
}

export function describeMachine(): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  return {
    cpus: availableParallelism(),
    cpuModel: model,
    memoryBytes: totalmem(),
    node: process.version,
    load: loadavg()[0]!,
  };
}
