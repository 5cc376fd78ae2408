import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, FURNITURE, type RemovedLine } from './clean.ts';

/** The reason `clean` gives for dropping `line`, or undefined when it keeps it. */
function reasonFor(line: string): string | undefined {
  return clean(line).removed[0]?.reason;
}

describe('clean', () => {
  it('clean(text) numbers kept lines from 1 and drops blank lines without reporting them', () => {
    expect(clean('标题\n\n  \n一、精准定位。\n')).toEqual({
      lines: [
        { n: 1, text: '标题' },
        { n: 4, text: '一、精准定位。' },
      ],
      removed: [],
    });
  });

  it('clean(text) trims leading and trailing whitespace, including no-break and ideographic spaces', () => {
    expect(clean('\u3000\u3000加强人才保障。(试行)\u00a0\u00a0\t').lines).toEqual([
      { n: 1, text: '加强人才保障。(试行)' },
    ]);
  });

  it('clean(text) removes share and scan prompts', () => {
    for (const line of ['扫一扫在手机打开当前页', '微信扫一扫', '分享到:', '分享至 微信 微博 QQ空间']) {
      expect(reasonFor(line), line).toBe('share prompt');
    }
  });

  it('clean(text) removes print and close buttons', () => {
    expect(reasonFor('【打印】【关闭窗口】')).toBe('page control');
  });

  it('clean(text) removes 【查看原图】 image links', () => {
    expect(reasonFor('【查看原图】')).toBe('image link');
  });

  it('clean(text) removes photo captions ending in 供图 or a photographer credit', () => {
    for (const line of ['湖南湘江新区梅溪湖片区。湘江新区供图', '园区夜景。记者 张三 摄', '(通讯员李四摄)']) {
      expect(reasonFor(line), line).toBe('photo caption');
    }
  });

  it('clean(text) removes both copies of a caption repeated on consecutive lines', () => {
    const caption = '湖南湘江新区梅溪湖片区。湘江新区供图';
    expect(clean(`【查看原图】\n${caption}\n${caption}\n正文。`)).toEqual({
      lines: [{ n: 4, text: '正文。' }],
      removed: [
        { line: 1, text: '【查看原图】', reason: 'image link' },
        { line: 2, text: caption, reason: 'photo caption' },
        { line: 3, text: caption, reason: 'photo caption' },
      ],
    });
  });

  it('clean(text) removes editor credits', () => {
    for (const line of ['(责编:唐李晗、罗帅)', '【责任编辑：张三】', '编辑: 李四']) {
      expect(reasonFor(line), line).toBe('editor credit');
    }
  });

  it('clean(text) removes paywall, advert and copyright trailers', () => {
    expect(reasonFor('预览阅读已结束,若您需要全文或代笔。')).toBe('paywall trailer');
    expect(reasonFor('请点击👉 mooonya 👈联系老师')).toBe('advert');
    expect(reasonFor('如有类似需求,请找作者:网络整理')).toBe('advert');
    expect(reasonFor('作品版权归原作者所有!本平台仅作分享学习展示,请勿做他用。')).toBe('copyright notice');
    expect(reasonFor('部分作品搜集于网络,无署名作品请点击作品认领进行认领和申诉。')).toBe('copyright notice');
    expect(reasonFor('本平台仅作分享学习展示,请勿做他用。')).toBe('copyright notice');
  });

  it('clean(text) removes separator lines of punctuation only', () => {
    for (const line of ['|', '---', '***', '——', '= = =', '……']) {
      expect(reasonFor(line), line).toBe('separator');
    }
  });

  it('clean(text) keeps plan text that only mentions furniture words', () => {
    for (const line of [
      '推广“扫一扫”办事,让企业在手机上打开当前办理进度,实现一网通办、一次办好、全程可查。',
      '分享到园区企业的政策红利要落实到位。',
      '加强影视拍摄',
      '编辑出版园区年鉴。',
      '责任编辑:要落实意识形态工作责任制。',
      '请点击率高的平台联系企业,做好线上招商宣传推介和项目跟踪服务工作,确保实效。',
      '2020年3月4日',
      '一、',
      '(一)',
    ]) {
      expect(reasonFor(line), line).toBeUndefined();
    }
  });

  it('clean(text) anchors every FURNITURE pattern at both ends of the line', () => {
    for (const { pattern } of FURNITURE) {
      expect(pattern.source, pattern.source).toMatch(/^\^.*\$$/);
    }
  });
});

/** For each real seed, exactly the lines that are furniture and the spans cut inside lines; everything else is plan text. */
const SEED_FURNITURE: Record<string, RemovedLine[]> = {
  '000_94a5f7ca8d79472c.txt': [{ line: 2, text: '|', reason: 'separator' }],
  '001_944198d32a153964.txt': [{ line: 36, text: '扫一扫在手机打开当前页', reason: 'share prompt' }],
  '002_ff04dfabf36e8ec6.txt': [
    { line: 9, text: '预览阅读已结束,若您需要全文或代笔。', reason: 'paywall trailer' },
    { line: 10, text: '请点击👉 mooonya 👈联系老师', reason: 'advert' },
  ],
  '003_9d3a68c62c194251.txt': [
    { line: 3, text: '【查看原图】', reason: 'image link' },
    { line: 4, text: '湖南湘江新区梅溪湖片区。湘江新区供图', reason: 'photo caption' },
    { line: 5, text: '湖南湘江新区梅溪湖片区。湘江新区供图', reason: 'photo caption' },
    { line: 76, text: '(王娟娟)', reason: 'reporter credit', kind: 'span', count: 1 },
    { line: 78, text: '分享到:', reason: 'share prompt' },
    { line: 79, text: '(责编:唐李晗、罗帅)', reason: 'editor credit' },
  ],
  '004_c7b791516a8e0ca5.txt': [
    { line: 21, text: '如有类似需求,请找作者:网络整理', reason: 'advert' },
    {
      line: 22,
      text: '作品版权归原作者所有!本平台仅作分享学习展示,请勿做他用。',
      reason: 'copyright notice',
    },
    {
      line: 23,
      text: '部分作品搜集于网络,无署名作品请点击作品认领进行认领和申诉。',
      reason: 'copyright notice',
    },
  ],
};

describe('clean on the seeds', () => {
  it.each(Object.entries(SEED_FURNITURE))(
    'clean(text) of seed %s removes exactly its furniture and keeps every other line',
    (name, furniture) => {
      const text = readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
      const furnitureLines = new Set(furniture.filter((r) => r.kind !== 'span').map(({ line }) => line));
      const spans = furniture.filter((r) => r.kind === 'span');
      const plan = text
        .split('\n')
        .map((line, index) => ({
          n: index + 1,
          text: spans.reduce((l, s) => (s.line === index + 1 ? l.replace(s.text, '') : l), line).trim(),
        }))
        .filter(({ n, text: line }) => line !== '' && !furnitureLines.has(n));

      expect(clean(text)).toEqual({ lines: plan, removed: furniture });
    },
  );
});
