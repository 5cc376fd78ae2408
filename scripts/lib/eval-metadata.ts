import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from './ingest-document.ts';
import type { DetectedMetadata } from './steps/metadata.ts';
import type { ParkFinder } from './steps/park.ts';

/**
 * Metadata detection on the real documents of ../shared/real-docs, scored against their
 * annotations: `expected-metadata.json` (docs/, every acceptable answer) and `more/manifest.json`
 * (more/, one careful first reading). Shared by the gate test and by measuring runs.
 */
export const REAL_DOCS = '../shared/real-docs';

export interface Detected extends DetectedMetadata {
  file: string;
  removed: Array<{ line: number; text: string; reason: string }>;
}

export function detectFolder(dir: string, parks: ParkFinder): Detected[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      // As the ingest reads it (decode, normalise, clean), so the figures are the ingest's.
      const { detected, header, cleaned } = readDocument(file, readFileSync(join(dir, file)), parks);
      return { file, ...detected, removed: [...header, ...cleaned.removed] };
    });
}

const NATIONAL = new Set(['national-hitech', 'national-etdz', 'state-new-area']);

export interface Expected {
  park: Array<string | null>;
  province: Array<string | null>;
  year: Array<number | null>;
  national: string | false | null;
}

/** Per document, whether each field is acceptable under expected-metadata.json. */
export function scoreExpected(
  doc: Detected,
  expected: Expected,
): { park: boolean; province: boolean; year: boolean; level: boolean | null } {
  return {
    park: expected.park.includes(doc.park),
    province: expected.province.includes(doc.province),
    year: expected.year.includes(doc.year),
    level:
      expected.national === null
        ? null
        : expected.national === false
          ? !NATIONAL.has(doc.level ?? '')
          : doc.level === expected.national,
  };
}

export interface ManifestRow {
  file: string;
  park: string;
  level: string;
  province: string;
  city: string;
  year: number;
}

/** The short form of a park name, so 昆明经济技术开发区 and 昆明经开区 compare equal. */
function short(name: string): string {
  return name
    .trim()
    .replace(/高新技术产业开发区$|高技术产业开发区$/u, '高新区')
    .replace(/经济技术开发区$/u, '经开区');
}

/** Agreement with more/manifest.json; a park counts when the detected name is the manifest's or one of its bracketed short forms. */
export function scoreManifest(
  doc: Detected,
  row: ManifestRow,
): Record<'park' | 'province' | 'city' | 'level' | 'year', boolean> {
  const names = row.park
    .split(/[()（）]/u)
    .map(short)
    .filter(Boolean);
  const park = doc.park === null ? null : short(doc.park);
  return {
    park: park !== null && names.some((n) => n === park),
    province: doc.province === row.province,
    city: doc.city !== null && row.city.includes(doc.city),
    level: (doc.level ?? 'unknown') === row.level,
    year: doc.year === row.year,
  };
}
