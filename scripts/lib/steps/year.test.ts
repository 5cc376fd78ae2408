import { describe, expect, it } from 'vitest';
import { detectYear } from './year.ts';

describe('detectYear(title, opening, text, date, type)', () => {
  it('detectYear() gives a plan its plan year and keeps both years of a summary-and-plan', () => {
    expect(detectYear('2022年工作总结和2023年工作计划', '', '', null, 'work-plan')).toEqual({
      year: 2023,
      years: [2022, 2023],
    });
    expect(detectYear('2022年工作总结和2023年工作计划', '', '', null, null)).toEqual({
      year: 2023,
      years: [2022, 2023],
    });
  });

  it('detectYear() gives a conference in December the year it deploys, named in its title', () => {
    expect(
      detectYear('某高新区召开2025年建设发展工作会议', '2024年12月31日下午,会议召开。', '', '2024-12-31', 'news-report')
        .year,
    ).toBe(2025);
  });

  it('detectYear() reads a report dated the next spring as about the year it reviews', () => {
    expect(
      detectYear(
        null,
        '过去一年,全区攻坚克难。',
        '2023年,地区生产总值增长6%。2023年,新签约项目80个。2024年要继续努力。',
        '2024-03-14',
        'work-report',
      ).year,
    ).toBe(2023);
  });

  it('detectYear() takes the year a body opens on, else the publication year, else null', () => {
    expect(detectYear(null, '2021年,某高新区在市委领导下…', '', null, null).year).toBe(2021);
    expect(detectYear(null, '会议强调,要抓落实。', '', '2025-08-01', 'news-report')).toEqual({
      year: 2025,
      years: [2025],
    });
    expect(detectYear(null, '加强管理。', '加强管理。', null, null)).toEqual({ year: null, years: [] });
  });

  it('detectYear() dates a report that names no year by the latest plenum it studies, but not a plan', () => {
    const text = '会议传达学习党的十九届五中全会精神,回顾十九届四中全会以来的工作。';
    expect(detectYear(null, '会议召开。', text, null, 'news-report')).toEqual({
      year: 2020,
      years: [2020],
      byPlenum: true,
    });
    expect(detectYear(null, '会议召开。', '深入学习贯彻党的二十届四中全会精神。', null, null).year).toBe(2025);
    // A plan written after a plenum may be for that year or the next; a year in the text still wins.
    expect(detectYear(null, '坚持以…为指引。', '深入贯彻党的二十届三中全会精神。', null, 'work-plan').year).toBeNull();
    expect(detectYear(null, '会议召开。', '2021年,学习十九届五中全会精神。2021年目标。', null, null).year).toBe(2021);
  });
});

describe('detectYear() and horizons', () => {
  it('detectYear() does not take a target year (到2035年, 2016年-2035年) for the year a text is about', () => {
    expect(
      detectYear(
        null,
        '落实规划。',
        '落实《总体规划2016年-2035年》,到2035年建成。2035年远景。2018年完成编制,2018年启动。',
        null,
        null,
      ).year,
    ).toBe(2018);
  });
});
