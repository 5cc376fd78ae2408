/**
 * Writes a deterministic synthetic corpus for benchmarks, never for seeds/:
 * Documents are assembled from the real seeds' sentences under invented park names, provinces,
 * levels, years and types, with web noise and a share of GB18030 files, plus a catalog.yaml for
 * part of them, so that every page type, filter and pipeline branch is exercised at scale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PARK_LEVELS, DOC_TYPES, type DocType } from '../src/schemas/catalog.ts';
import { Passage } from '../src/schemas/passage.ts';
import { PROVINCES } from './lib/text/places.ts';
import { encodeGb18030 } from './lib/text/gb18030.ts';
import { mulberry32 } from '../src/shared/prng.ts';
import { commandLine } from './lib/cli-errors.ts';

const USAGE = 'node scripts/synth.ts --docs 1000 --out DIR';
const { values } = commandLine(USAGE, {
  options: {
    docs: { type: 'string', default: '100' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20261124' },
  },
});
if (!values.out) throw new Error('synth: --out DIR is required');
const count = Number(values.docs);

const random = mulberry32(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const passages = readFileSync('content/data/passages.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => Passage.parse(JSON.parse(l)));
const headings = passages
  .filter((p) => p.heading)
  .map((p) => p.text.replace(/^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])/u, ''));
const body = passages.filter((p) => !p.heading).map((p) => p.text);

const PLACE_SYLLABLES = [
  '江',
  '山',
  '河',
  '湖',
  '宁',
  '安',
  '昌',
  '阳',
  '华',
  '兴',
  '源',
  '州',
  '平',
  '丰',
  '东',
  '西',
  '南',
  '北',
  '新',
  '龙',
  '泉',
  '城',
  '海',
  '远',
  '德',
  '明',
  '清',
  '德',
  '衡',
  '临',
];
const SUFFIX: Record<string, string> = {
  'national-hitech': '高新技术产业开发区',
  'national-etdz': '经济技术开发区',
  'state-new-area': '新区',
  provincial: '高新区',
  county: '工业园区',
  unknown: '产业园区',
};
// Every type the catalog knows, so no title reads "…年undefined".
const TITLE: Record<DocType, string> = {
  'work-points': '工作要点',
  'work-plan': '工作计划',
  'work-report': '工作报告',
  'annual-summary': '年度工作总结',
  'government-work-report': '政府工作报告',
  'five-year-plan': '“十四五”规划',
  'task-breakdown': '重点任务分解',
  'plan-execution-report': '计划执行情况报告',
  speech: '全体干部大会讲话',
  symposium: '工作务虚会发言材料',
  'news-report': '经济工作会议召开',
  unknown: '工作安排',
};
const NOISE = [
  '扫一扫在手机打开当前页',
  '分享到:',
  '【查看原图】',
  '(责编:王某、李某)',
  '作品版权归原作者所有!本平台仅作分享学习展示,请勿做他用。',
];
const NUMERALS = '一二三四五六七八九十';

const parks = Array.from({ length: Math.max(1, Math.ceil(count / 3)) }, (_, i) => {
  const level = PARK_LEVELS[i % PARK_LEVELS.length]!;
  const name = `${pick(PLACE_SYLLABLES)}${pick(PLACE_SYLLABLES)}${SUFFIX[level]}`;
  return { id: `park-${String(i + 1).padStart(4, '0')}`, name, level, province: pick(PROVINCES) };
});

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const catalog: Record<string, object> = {};
for (let i = 0; i < count; i++) {
  const park = parks[i % parks.length]!;
  const year = 2018 + (((i / parks.length) | 0) % 8);
  const type = DOC_TYPES[i % (DOC_TYPES.length - 1)]!;
  const title = `${park.name}${year}年${TITLE[type]}`;
  const lines = [title];
  if (random() < 0.5) lines.push(`发布时间 : ${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`);
  lines.push(`${year}年,${park.name}坚持稳中求进工作总基调,推动园区高质量发展。`);
  const sections = 3 + Math.floor(random() * 4);
  for (let s = 0; s < sections; s++) {
    lines.push(`${NUMERALS[s]}、${pick(headings)}`);
    const items = 2 + Math.floor(random() * 4);
    for (let k = 0; k < items; k++) {
      lines.push(
        `${k + 1}.${pick(headings).replace(/[。:：]$/u, '')}。${Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(body)).join('')}`,
      );
    }
  }
  if (random() < 0.4) lines.push(pick(NOISE));
  const file = `synth-${String(i + 1).padStart(4, '0')}.txt`;
  const text = lines.join(random() < 0.2 ? '\r\n' : '\n');
  writeFileSync(join(values.out, file), i % 10 === 3 ? encodeGb18030(text) : text);
  if (i % 2 === 0)
    catalog[file] = { park: park.name, parkId: park.id, level: park.level, province: park.province, year, type };
}
writeFileSync(
  join(values.out, 'catalog.yaml'),
  `# synthetic benchmark corpus (scripts/synth.ts), not real documents\n${stringify(catalog)}`,
);
console.log(`synth: ${count} documents from ${parks.length} parks in ${values.out}`);
