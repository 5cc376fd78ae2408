import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GazetteerFile, type GazetteerPark } from '../../../src/schemas/gazetteer.ts';
import { IngestError } from '../ingest-error.ts';
import { readYaml } from '../load-inputs.ts';

/**
 * Reads gazetteer files: each path is a YAML file or a directory of them (read in name order so
 * the result is deterministic). A missing path gives no parks; a park id or a name/alias used twice
 * is an error naming both places, since detection could not tell the two parks apart.
 */
/** The project's gazetteer (national parks), whichever corpus is ingested. */
export const GAZETTEER_DIR = fileURLToPath(new URL('../../../content/gazetteer/', import.meta.url));

/** A corpus's own parks (provincial and other parks the gazetteer lacks), beside its catalog. */
export const CORPUS_PARKS_FILE = 'parks.yaml';

export function readGazetteer(paths: readonly string[]): GazetteerPark[] {
  const parks: GazetteerPark[] = [];
  const idAt = new Map<string, string>();
  const nameAt = new Map<string, string>();
  for (const file of paths.flatMap(yamlFiles)) {
    const { parks: listed } = readYaml(file, GazetteerFile);
    listed.forEach((park, i) => {
      const where = `${file} parks.${i}`;
      const clash = idAt.get(park.id);
      if (clash) throw new IngestError(file, `at parks.${i}.id: "${park.id}" is already the id of ${clash}`);
      idAt.set(park.id, where);
      for (const name of new Set([park.name, ...park.aliases])) {
        const other = nameAt.get(name);
        if (other && !other.startsWith(`${park.id} `))
          throw new IngestError(
            file,
            `at parks.${i} (${park.id}): name or alias "${name}" is already used by ${other}`,
          );
        nameAt.set(name, `${park.id} (${where})`);
      }
      parks.push(park);
    });
  }
  return parks;
}

function yamlFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => /\.ya?ml$/u.test(f))
    .sort()
    .map((f) => join(path, f));
}
