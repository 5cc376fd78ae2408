/**
 * The CPU time and largest memory of a process group's processes, read from /proc while it runs.
 * GNU time counts only the descendants a process waited for, and Pagefind's Node API kills its
 * indexing binary without waiting: the index step's figures left that binary out. Each process's
 * user + system time is kept as last read, so a process loses at most one interval of it before it
 * exits, and its resident memory at its largest reading.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** How often the group's processes are read. */
const SAMPLE_MS = 100;

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/** /proc counts resident memory in pages. */
const PAGE_BYTES = 4096;

export interface GroupUsage {
  cpuSeconds: number;
  /** The largest resident memory one process of the group was seen with, in bytes. */
  maxRss: number;
}

/** [process group, user + system ticks, resident pages] of one /proc/<pid>/stat line. */
function readStat(stat: string): [number, number, number] {
  // The command name, in parentheses, may hold spaces: the fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [Number(fields[2]), Number(fields[11]) + Number(fields[12]), Number(fields[21])];
}

/** Starts reading the group `pgid`'s processes; `stop()` reads them once more and gives what they used. */
export function watchGroup(pgid: number): { stop(): GroupUsage } {
  const ticks = new Map<number, number>();
  let maxPages = 0;
  const read = () => {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      } catch {
        continue; // gone since the folder was listed
      }
      const [group, used, pages] = readStat(stat);
      if (group !== pgid) continue;
      ticks.set(Number(name), used);
      maxPages = Math.max(maxPages, pages);
    }
  };
  read();
  const timer = setInterval(read, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      read();
      return {
        cpuSeconds: [...ticks.values()].reduce((sum, t) => sum + t, 0) / TICKS_PER_SECOND,
        maxRss: maxPages * PAGE_BYTES,
      };
    },
  };
}
