import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_DIR, readGazetteer } from '../scripts/lib/gazetteer/load.ts';
import { REAL_DOCS } from '../scripts/lib/eval-metadata.ts';
import { readDocument } from '../scripts/lib/ingest-document.ts';
import { createDocumentPipeline, projectPipelineInputs } from '../scripts/lib/ingest-pipeline.ts';
import { createParkFinder } from '../scripts/lib/steps/park.ts';
import { encodeGb18030 } from '../scripts/lib/text/gb18030.ts';
import { foldForMatching } from '../scripts/lib/text/fold.ts';

/**
 * The real documents were collected one way (UTF-8, LF, ASCII commas and colons, the page's
 * furniture partly trimmed); a maintainer's copies of the same pages arrive other ways. Each
 * document is read as collected and as a copy that differs only in how it was saved or copied,
 * and the metadata must not change: the title (compared folded and without spaces, since it keeps
 * its own characters), park, province, city, year, level and type; nor the themes of a sentence,
 * which read its section's heading too.
 */
const gazetteer = readGazetteer([GAZETTEER_DIR]);
const parks = createParkFinder(gazetteer);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const utf8 = (text: string) => new TextEncoder().encode(text);

const COPIES: Record<string, (text: string) => Uint8Array> = {
  'saved as GB18030': (text) => encodeGb18030(text),
  'saved with CRLF and a BOM': (text) => utf8(`\ufeff${text.replace(/\n/gu, '\r\n')}`),
  'with full-width commas and colons': (text) =>
    utf8(
      text
        .replace(/(?<=[\u4e00-\u9fff\d)）])[ \t]*,[ \t]*(?=[\u4e00-\u9fff“"(（\d])/gu, '，')
        .replace(/(?<=[\u4e00-\u9fff])[ \t]*:[ \t]*/gu, '：'),
    ),
  'with full-width digits': (text) => utf8(text.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
  'in traditional characters': (text) => utf8(toTraditional(text)),
  'with indented, tab-led and double-spaced lines': (text) =>
    utf8(
      text
        .split('\n')
        .map((line, i) => (line.trim() === '' ? line : `${i % 2 ? '\t' : '\u3000\u3000'}${line}  \u00a0`))
        .join('\n\n'),
    ),
  'copied from the page source, with tags': (text) =>
    utf8(
      text
        .split('\n')
        .map((line) => (line.trim() === '' ? '<br/>' : `<p style="text-indent:2em;">${line}</p>`))
        .join('\n'),
    ),
  'with HTML character references': (text) =>
    utf8(text.replace(/ /gu, '&nbsp;').replace(/“/gu, '&ldquo;').replace(/”/gu, '&rdquo;')),
  'with zero-width spaces': (text) =>
    utf8([...text].map((c, i) => (i % 7 === 3 && /\p{Script=Han}/u.test(c) ? `${c}\u200b` : c)).join('')),
  'inside a page’s furniture': (text) =>
    utf8(
      [
        '首页 > 新闻中心 > 园区动态',
        '【字体：大 中 小】 打印本页 关闭窗口',
        '分享到：微信 微博 QQ空间',
        text,
        '上一篇：关于开展安全生产检查的通知',
        '下一篇：园区召开党建工作会议',
        '版权所有：某某管委会 地址：某某路1号 备案号：京ICP备12345678号',
        '技术支持：某某网络科技有限公司',
      ].join('\n'),
    ),
};

/** Copies that cannot be read alike, and why: refused outright, or (themes only) cut differently. */
const EXCEPTIONS: Record<string, string> = {
  // Half its letters are Latin (a pinyin gloss after every character): as GB18030 it fails the
  // check that a GB18030 reading is mostly Chinese, which protects files in other encodings.
  '106_zhenjiang_hitech_2025_conference_trad_pinyin.txt saved as GB18030': 'refused as not Chinese',
};
const THEME_EXCEPTIONS: Record<string, string> = {
  // The excerpt stops inside a pinyin gloss ("開發(f"), which is cut only at the very end of a text:
  // with a footer after it, its last sentence keeps the "(f".
  '204.txt inside a page’s furniture': 'gloss cut off at the end of the excerpt',
};

const FIELDS = ['park', 'province', 'city', 'year', 'level', 'type'] as const;

/** A title or sentence as compared: folded, in traditional characters (the round trip's), no spaces. */
const comparable = (text: string) => toTraditional(foldForMatching(text)).replace(/\s/gu, '');

function metadata(file: string, bytes: Uint8Array) {
  const { detected } = readDocument(file, bytes, parks);
  const title = detected.title === null ? null : comparable(detected.title);
  return { title, ...Object.fromEntries(FIELDS.map((f) => [f, detected[f]])) };
}

const files = ['docs', 'more'].flatMap((folder) =>
  readdirSync(join(REAL_DOCS, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(REAL_DOCS, folder, f)),
);
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join('seeds', f));

/** Each document as collected and its copy made by `make`, but for those this check cannot copy. */
function* pairs(
  copy: string,
  make: (text: string) => Uint8Array,
  exceptions: Record<string, string> = EXCEPTIONS,
): Generator<[string, Uint8Array, Uint8Array]> {
  for (const path of [...files, ...seeds]) {
    const file = path.split('/').pop()!;
    const text = readFileSync(path, 'utf8');
    // The test's encoder knows the two-byte GBK range only; a file with other characters is not copied.
    if (copy === 'saved as GB18030' && !GBK_ONLY.test(text)) continue;
    if (exceptions[`${file} ${copy}`]) continue;
    yield [file, utf8(text), make(text)];
  }
}
const GBK_ONLY = /^[\t\n\r\u0020-\u007e\u00b7\u2014\u2018-\u201d\u2026\u3000-\u303f\u4e00-\u9fa5\uff00-\uffef]*$/u;

describe('metadata of the real documents copied other ways', () => {
  it('reads 65 documents', () => expect(files.length + seeds.length).toBe(65));

  for (const [copy, make] of Object.entries(COPIES)) {
    it(`is the same ${copy}`, () => {
      const changed: string[] = [];
      for (const [file, collected, copied] of pairs(copy, make)) {
        const before = metadata(file, collected);
        const after = metadata(file, copied);
        if (JSON.stringify(before) !== JSON.stringify(after))
          changed.push(`${file}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
      expect(changed).toEqual([]);
    });
  }

  it('refuses the one exception with a reason naming the file', () => {
    const path = files.find((f) => f.endsWith('106_zhenjiang_hitech_2025_conference_trad_pinyin.txt'))!;
    expect(() => readDocument('106.txt', encodeGb18030(readFileSync(path, 'utf8')))).toThrow(
      /106\.txt.*not valid UTF-8/u,
    );
  });
});

describe('themes of the real documents copied other ways', () => {
  const pipeline = createDocumentPipeline(projectPipelineInputs('test', gazetteer));
  /** Each sentence of the document with its themes, in order. */
  const tagged = (file: string, bytes: Uint8Array) =>
    pipeline.run(file, bytes, undefined).passages.map((p) => `${comparable(p.text)} ${p.themes.join(',')}`);

  for (const [copy, make] of Object.entries(COPIES)) {
    it(`are the same ${copy}`, () => {
      const changed: string[] = [];
      for (const [file, collected, copied] of pairs(copy, make, { ...EXCEPTIONS, ...THEME_EXCEPTIONS })) {
        const before = tagged(file, collected);
        // A page's furniture may leave a line of its own (a second breadcrumb's slogan): compare what both have.
        const after = new Set(tagged(file, copied));
        const lost = before.filter((s) => !after.has(s));
        if (lost.length > 0) changed.push(`${file}: ${lost.join(' | ')}`);
      }
      expect(changed).toEqual([]);
    });
  }
});
