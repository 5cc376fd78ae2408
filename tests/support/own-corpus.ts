/**
 * A site as a fork would build it: no seed of the project, only a folder of its own documents
 * (20 synthetic ones from `npm run synth` and two real ones read where they are, in
 * ../shared/real-docs/docs/) and a site configuration of its own, built by `scripts/build.ts`
 * in a private copy of the project root without seeds/ or the generated content/, in a temporary folder.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { BENCH_CONFIG, mirrorSiteRoot } from '../../scripts/lib/bench/site-root.ts';
import { PROJECT_ROOT } from './site.ts';

const run = promisify(execFile);

/** The two real documents of the corpus, read from the shared folder beside the repository. */
export const REAL_DOCS = ['101_zhuhai_hitech_2023_work_report.txt', '117_beijing_etdz_2022_annual_work_report.txt'];

/** Every field of the project's configuration replaced, so a value left hard-coded shows. */
export const OWN_CONFIG = {
  id: 'plans-of-x',
  title: { zh: '某省园区计划汇编', en: 'Plans of Some Province' },
  description: {
    zh: '某省各园区的年度计划，逐句标注',
    en: 'Annual plans of the parks of some province, tagged sentence by sentence',
  },
  headline: { zh: '某省园区的计划', en: 'The plans of one province’s parks' },
  defaultLanguage: 'en',
  maintainers: [
    { name: 'Li Ming', email: 'li.ming@example.org' },
    { name: { zh: '王芳', en: 'Wang Fang' }, url: 'https://example.org/wang' },
  ],
  contact: 'https://example.org/issues',
  texts: {
    source: { zh: '文本收集自各园区官网。', en: 'The texts were collected from the parks’ own websites.' },
    licence: { zh: '原文版权归各园区管委会', en: 'the texts belong to the park committees' },
  },
  dataset: {
    description: 'Plans of some province, tagged.',
    licence: { name: 'CC0-1.0', title: 'CC0 1.0 (data only)' },
  },
  citation: {
    authors: ['Li Ming', { zh: '王芳', en: 'Wang Fang' }],
    year: 2025,
    version: '2.0',
    doi: '10.5281/zenodo.1234567',
  },
} as const;

/** The environment without what Vitest adds, nor the variables the build would read in place of its options. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'TEST',
    'NODE_ENV',
    'SITE',
    'BASE_PATH',
    'SITE_DIR',
    'SEEDS_DIR',
    'SITE_CONFIG',
    'CONTENT_DIR',
  ])
    delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

export interface OwnCorpusSite {
  /** The temporary folder holding everything; the caller removes it. */
  work: string;
  /** The built site. */
  dist: string;
  /** The content folder the build wrote. */
  content: string;
}

export async function buildOwnCorpusSite(): Promise<OwnCorpusSite> {
  const work = mkdtempSync(join(tmpdir(), 'own-corpus-'));
  try {
    return await buildIn(work);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

async function buildIn(work: string): Promise<OwnCorpusSite> {
  const corpus = join(work, 'corpus');
  const exec = { maxBuffer: 64 * 1024 * 1024, env: buildEnv() };
  // synth takes its sentences from the project's published passages: the documents are invented, none is a seed.
  await run(process.execPath, ['scripts/synth.ts', '--docs', '20', '--out', corpus], { ...exec, cwd: PROJECT_ROOT });
  mkdirSync(corpus, { recursive: true });
  for (const file of REAL_DOCS) copyFileSync(join(PROJECT_ROOT, '../shared/real-docs/docs', file), join(corpus, file));
  const config = join(work, 'site.config.yaml');
  writeFileSync(config, stringify(OWN_CONFIG));
  // The copy holds none of seeds/ and none of content/docs or content/data: only the project's code and hand-written YAML.
  const root = mirrorSiteRoot(PROJECT_ROOT, join(work, 'site'));
  await run(
    process.execPath,
    ['scripts/build.ts', '--seeds', corpus, '--config', config, '--astro-config', BENCH_CONFIG],
    { ...exec, cwd: root },
  );
  return { work, dist: join(root, 'dist'), content: join(root, 'content') };
}

/** The id the pipeline gave the document made from `seed`. */
export function documentId(content: string, seed: string): string {
  const docs = JSON.parse(readFileSync(join(content, 'data/documents.json'), 'utf8')) as { id: string; seed: string }[];
  const doc = docs.find((d) => d.seed === seed);
  if (!doc) throw new Error(`no document from ${seed} in ${content}`);
  return doc.id;
}
