/**
 * The input of one benchmark size: a seeds folder and a content folder holding the hand-written
 * YAML (codebook and friends), ready for `scripts/ingest.ts --seeds … --out …`. A size equal to
 * the number of real seeds uses the real seeds; any other is scripts/synth.ts's corpus.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runTimed } from './run-timed.ts';

export interface BenchCorpus {
  documents: number;
  /** "seeds" or "synthetic". */
  kind: 'seeds' | 'synthetic';
  seedsDir: string;
  contentDir: string;
  /** Bytes of the .txt files, as read by the ingest. */
  textBytes: number;
}

const SEEDS = 'seeds';
const CONTENT = 'content';

export function realSeedFiles(root: string): string[] {
  return readdirSync(join(root, SEEDS))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Writes the corpus of `documents` documents under `dir` (seeds/ and content/). */
export async function prepareCorpus(
  root: string,
  documents: number,
  dir: string,
  timeoutMs: number,
): Promise<BenchCorpus> {
  const seedsDir = join(dir, 'seeds');
  const contentDir = join(dir, 'content');
  mkdirSync(contentDir, { recursive: true });
  for (const file of readdirSync(join(root, CONTENT)).filter((f) => f.endsWith('.yaml')))
    copyFileSync(join(root, CONTENT, file), join(contentDir, file));

  const real = realSeedFiles(root);
  const kind = documents === real.length ? 'seeds' : 'synthetic';
  if (kind === 'seeds') {
    mkdirSync(seedsDir, { recursive: true });
    for (const file of [...real, 'catalog.yaml']) copyFileSync(join(root, SEEDS, file), join(seedsDir, file));
  } else {
    await runTimed(process.execPath, ['scripts/synth.ts', '--docs', String(documents), '--out', seedsDir], {
      cwd: root,
      timeoutMs,
    });
  }
  const textBytes = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .reduce((sum, f) => sum + statSync(join(seedsDir, f)).size, 0);
  return { documents, kind, seedsDir, contentDir, textBytes };
}
