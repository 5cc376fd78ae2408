import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../text/fold.ts';
import { readHeader } from './header.ts';

const head = (text: string) =>
  readHeader(text.split('\n').map((t, i) => ({ n: i + 1, text: t, folded: foldForMatching(t) })));

describe('readHeader(lines)', () => {
  it('readHeader() never takes page furniture for the title (breadcrumb, file size, file name, share UI)', () => {
    expect(
      head('首页 > 综合范文 > 某某区务虚会上的发言 >\n• 17.39 KB\n工作计划.docx\n扫一扫在手机打开\n一、总体要求。')
        .title,
    ).toBeNull();
    expect(head('当前位置:首页> 政务公开> 最新文件\n北京经济技术开发区管委会2022年度工作报告\n正文。').title).toBe(
      '北京经济技术开发区管委会2022年度工作报告',
    );
  });

  it('readHeader() reads an open-government block as metadata: 名称 the title, 发布机构 the source, 成文日期 the date', () => {
    const { title, source, date, consumed } = head(
      '索引号: XM-2022-001 文号: 某工委〔2022〕10号\n发布机构: 某某高新区 发文日期: 2022-02-24\n名  称: 某某高新区2021年度工作总结\n成文日期: 2022-02-20\n某某高新区2021年度工作总结\n一、2021年工作总结',
    );
    expect({ title, source, date }).toEqual({
      title: '某某高新区2021年度工作总结',
      source: '某某高新区',
      date: '2022-02-20',
    });
    expect([...consumed.values()]).toEqual([
      ...Array(4).fill('open-government metadata (kept as metadata)'),
      'title (kept as metadata)',
    ]);
  });

  it("readHeader() closes the spaces of a spaced-out title and drops a doc site's word count", () => {
    expect(head('政 府 工 作 報 告\n各位代表:').title).toBe('政府工作報告');
    expect(head('某区在2025年工作务虚会上的发言(1542字)\n同志们:').title).toBe('某区在2025年工作务虚会上的发言');
  });

  it('readHeader() drops a word count or posting time run into a title in full-width digits too, keeping the title as written', () => {
    expect(head('某区在２０２５年工作务虚会上的发言(１５４２字)\n同志们:').title).toBe(
      '某区在２０２５年工作务虚会上的发言',
    );
    expect(head('抓重点 明方向 某园区召开年度工作会议 ２０２１/１０/２２ ０:００:００\n会议指出。').title).toBe(
      '抓重点 明方向 某园区召开年度工作会议',
    );
  });

  it('readHeader() drops a posting time and a word count run into a title one after the other', () => {
    expect(head('某园区召开年度工作会议 2021/10/22 0:00:00(1542字)\n会议指出。').title).toBe('某园区召开年度工作会议');
    expect(head('某园区召开年度工作会议(1542字) 2021-10-22\n会议指出。').title).toBe('某园区召开年度工作会议');
  });

  it("readHeader() drops the bar a page's title ran into where the site's name was cut off", () => {
    const { title, consumed } = head('某区2022年国民经济和社会发展计划执行情况的报告 |\n一、执行情况');
    expect(title).toBe('某区2022年国民经济和社会发展计划执行情况的报告');
    expect(consumed.get(0)).toBe('title (kept as metadata)');
    expect(head('某区2022年工作要点｜\n一、总体要求').title).toBe('某区2022年工作要点');
  });

  it('readHeader() joins a title broken over lines when the join ends in a genre word', () => {
    const { title, consumed } = head('关于某区2024年国民经济\n和社会发展计划执行情况与2025\n计划草案的报告\n各位代表:');
    expect(title).toBe('关于某区2024年国民经济和社会发展计划执行情况与2025计划草案的报告');
    expect([...consumed.keys()]).toEqual([0, 1, 2]);
  });

  it('readHeader() takes a news headline and the outlet and date of its byline', () => {
    expect(head('某某高新区召开2019年年度工作会议\n某某早报 2019-02-27 16:18 大字\n2月26日,会议召开。')).toMatchObject({
      title: '某某高新区召开2019年年度工作会议',
      source: '某某早报',
      date: '2019-02-27',
    });
  });

  it('readHeader() reads bulleted fields and a 年月日 posting time before a source label', () => {
    const bulleted = head('某高新区2024年工作报告\n• 2024-02-26 10:16\n• 来源: 办公室\n一、2023年工作回顾');
    expect(bulleted).toMatchObject({ title: '某高新区2024年工作报告', date: '2024-02-26', source: '办公室' });
    expect([...bulleted.consumed.keys()].sort()).toEqual([0, 1, 2]);
    const stamped = head('精准加快推进园区建设\n2018年04月05日 11:01    来源:某某新闻网\n2日上午,会议召开。');
    expect(stamped).toMatchObject({ date: '2018-04-05', source: '某某新闻网' });
    expect(stamped.consumed.has(1)).toBe(true);
    // A line of the body that opens on a date is no byline.
    expect(head('某新区召开会议\n2023年1月5日 新区召开全体会议,部署全年工作。').consumed.has(1)).toBe(false);
  });

  it('readHeader() reads fields each in brackets: 【发布时间:…】【来源:…】', () => {
    const page = head('某新区2021年经济工作要点\n【发布时间:2021-02-05】【来源:某新区】\n一、总体要求');
    expect(page).toMatchObject({ title: '某新区2021年经济工作要点', date: '2021-02-05', source: '某新区' });
    expect([...page.consumed.keys()].sort()).toEqual([0, 1]);
  });

  it("readHeader() takes the short lines above a title read from the lines for the site's masthead", () => {
    const page = head(
      '通辽经济技术开发区\n数字报系\n开发区:铆足干劲开新局 全力以赴拼经济\n2025-01-22 10:07:40\n锚定经济质效“新突破”',
    );
    expect(page.title).toBe('开发区:铆足干劲开新局 全力以赴拼经济');
    expect(page.consumed.get(0)).toBe('site masthead');
    expect(page.consumed.get(1)).toBe('site masthead');
    // Below the title, and above a title given by a 名称 field, a short line is the document's own.
    expect(page.consumed.has(4)).toBe(false);
    expect(head('名称: 某开发区十四五规划纲要\n索引号: 8080-11018-2021-00008\n序 言\n正文。').consumed.has(2)).toBe(
      false,
    );
    // A headline's kicker above its title is the headline's, not the site's.
    const kicker = head(
      '数字报系\n勇立潮头再出发 奋发图强谱新篇\n我市召开高新区发展推进大会\n某某日报 2019-05-01 10:00\n会议指出,要加快发展。',
    );
    expect(kicker.title).toBe('我市召开高新区发展推进大会');
    expect(kicker.consumed.get(0)).toBe('site masthead');
    expect(kicker.consumed.has(1)).toBe(false);
  });

  it("readHeader() takes an outlet's name alone on a line of the head for the source", () => {
    const { source, consumed } = head(
      '某开发区召开2023年工作务虚会\n2023/1/14 14:57:01 |\n某某广播电视在线\n1月14日上午,会议召开。',
    );
    expect(source).toBe('某某广播电视在线');
    expect(consumed.get(2)).toBe('source line (kept as metadata)');
  });

  it('readHeader() reads an open-government field written without its colon', () => {
    const { consumed } = head(
      '索引号 11330208591592676Q/2024-27703\n公开方式 主动公开\n某高新区2023年工作总结\n正文。',
    );
    expect(consumed.get(0)).toBe('open-government metadata (kept as metadata)');
    expect(consumed.get(1)).toBe('open-government metadata (kept as metadata)');
    expect(consumed.has(3)).toBe(false);
  });

  it("readHeader() reads a title run into the body and a doc-sharing page's file name", () => {
    expect(head('1、某新区2023年工作要点2023年是开局之年。\n二、任务。').title).toBe('某新区2023年工作要点');
    expect(head('《某新区2023年工作要点.docx》由会员分享,可在线阅读\n正文很长的一段话,没有标题。').title).toBe(
      '某新区2023年工作要点',
    );
  });
});

describe('readHeader() on news pages', () => {
  it('readHeader() takes the headline right above its byline, past a site slogan, an English line and credits', () => {
    const page =
      '打造一流营商环境 服务园区企业发展\n您现在的位置:首页 > 新闻\n某某开发区召开2021年度工作会议\n2021-08-02 某某日报\n7月30日上午,会议召开。';
    expect(head(page)).toMatchObject({
      title: '某某开发区召开2021年度工作会议',
      source: '某某日报',
      date: '2021-08-02',
    });
  });

  it('readHeader() reads a headline in three lines at the line that names the event', () => {
    const page =
      '某某开发区2020年度工作会议强调\n干出新气象,拼出新天地,\n全力推进开发区高质量发展\n2020-01-15 10:07 来源:某某开发区\n1月15日上午,会议召开。';
    expect(head(page)).toMatchObject({
      title: '某某开发区2020年度工作会议强调',
      source: '某某开发区',
      date: '2020-01-15',
    });
  });

  it('readHeader() takes no caption of a person and post for a title', () => {
    expect(head('李四 经开区党工委委员、管委会副主任\n尚 琪 某某公司董事长\n会议通报了全年工作。').title).toBeNull();
  });
});
