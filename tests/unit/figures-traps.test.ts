/**
 * The traps of issue 24: figures a careless reader would take for the reporting body's own for
 * the report year, and numbers written in ways a careless reader gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, type ReportContext } from '../../src/lib/figures/extract.ts';
import { toTraditional } from '../../src/lib/script.ts';

const county: ReportContext = { year: 2023, published: '2024-03-15', level: 'county', regionName: '浙江省丽水市松阳县' };
const pick = (body: string, ctx = county) => extractFigures(body, ctx).map(({ key, value, own, notOwn, qualifier, scope }) => ({ key, value, own, notOwn, qualifier, scope }));

describe('whose figure, for which year', () => {
  it('a national figure quoted in a county report is not the county’s', () => {
    expect(pick('全国行政复议直接纠错率为13.4%。')).toEqual([
      { key: 'review_correction_rate', value: 13.4, own: false, notOwn: 'other-body', qualifier: ['直接'], scope: '全国' },
    ]);
  });

  it('a province’s figure quoted in a county report is not the county’s, the county’s own is', () => {
    const figures = pick('全年全县收到行政复议申请56件。全省行政复议机关全年新收案件1.2万件。');
    expect(figures.map((f) => [f.value, f.own, f.notOwn])).toEqual([
      [56, true, undefined],
      [12000, false, 'other-body'],
    ]);
  });

  it('last year’s figure is another year’s: by its year, by 去年 against the publication date, and through the paragraph', () => {
    expect(pick('2022年，我县行政机关负责人出庭应诉率为96.5%。')).toMatchObject([{ value: 96.5, own: false, notOwn: 'other-year' }]);
    expect(pick('去年，全县行政机关负责人出庭应诉率为96.5%。', { ...county, published: '2023-06-01' })).toMatchObject([{ own: false, notOwn: 'other-year' }]);
    // A report on 2023 published in 2024: 去年 is the report year.
    expect(pick('去年，全县行政机关负责人出庭应诉率为96.5%。')).toMatchObject([{ own: true }]);
    // The paragraph began with 2022: the next sentence is still 2022's.
    expect(pick('2022年，我县共收到行政复议申请40件。其中，行政机关负责人出庭应诉率为90%。')).toMatchObject([
      { value: 40, own: false },
      { value: 90, own: false },
    ]);
  });

  it('without a publication date, 去年 cannot be settled and is left out', () => {
    expect(pick('去年，全县行政机关负责人出庭应诉率为96.5%。', { ...county, published: undefined })).toEqual([]);
  });

  it('a multi-year total is not the year’s figure', () => {
    expect(pick('近五年来，全县累计办结行政复议案件近500件。')).toMatchObject([{ key: 'review_closed', value: 500, own: false, notOwn: 'multi-year', qualifier: ['近'] }]);
    expect(pick('2019年至2023年，全县共审查规范性文件236件。')).toMatchObject([{ value: 236, own: false, notOwn: 'multi-year' }]);
    expect(pick('2020年以来，全县审核行政规范性文件72件。')).toMatchObject([{ value: 72, own: false, notOwn: 'multi-year' }]);
    // Since the report year itself is the report year.
    expect(pick('2023年以来，全县审核行政规范性文件72件。')).toMatchObject([{ value: 72, own: true }]);
  });

  it('a target is not a result', () => {
    expect(pick('市政府下达的行政机关负责人出庭应诉率达到100%的目标，我县全面完成。')).toMatchObject([{ value: 100, own: false, notOwn: 'target' }]);
    expect(pick('力争行政机关负责人出庭应诉率保持100%。')).toMatchObject([{ value: 100, own: false, notOwn: 'target' }]);
    expect(pick('全县行政机关负责人出庭应诉率达到100%。')).toMatchObject([{ value: 100, own: true }]);
  });
});

describe('which figure', () => {
  it('直接 and 综合纠错率 are told apart', () => {
    expect(pick('全年审结行政复议案件108件，直接纠错率为12.9%，综合纠错率为21.3%。')).toEqual([
      { key: 'review_closed', value: 108, own: true, notOwn: undefined, qualifier: undefined, scope: undefined },
      { key: 'review_correction_rate', value: 12.9, own: true, notOwn: undefined, qualifier: ['直接'], scope: undefined },
      { key: 'review_correction_rate', value: 21.3, own: true, notOwn: undefined, qualifier: ['综合'], scope: undefined },
    ]);
  });

  it('reads 一百二十三件, 1.2万件, 余 and 近', () => {
    expect(pick('全年共收到行政复议申请一百二十三件。')).toMatchObject([{ key: 'review_received', value: 123 }]);
    expect(pick('全年新收行政复议案件1.2万件。')).toMatchObject([{ key: 'review_received', value: 12000 }]);
    expect(pick('全县新收一审行政诉讼案件1.1万余件。')).toMatchObject([{ key: 'litigation_cases', value: 11000, qualifier: ['一审', '余'] }]);
    expect(pick('全年办结行政复议案件近500件。')).toMatchObject([{ key: 'review_closed', value: 500, qualifier: ['近'] }]);
  });

  it('leaves out what it cannot settle', () => {
    // 分别为: which rate is which year's?
    expect(pick('2021年至2023年，全县行政机关败诉率分别为25.88%、19.99%、17.47%。')).toEqual([]);
    // Two received counts, neither 收到: which is the received count?
    expect(pick('全年受理行政复议案件56件，受理行政复议申请61件。')).toEqual([]);
    // 收到 and 受理: applications in is the received count.
    expect(pick('全年共收到行政复议申请一百二十三件，依法受理115件。')).toMatchObject([{ key: 'review_received', value: 123 }]);
    // A 纠错率 outside 行政复议 (容错纠错) and 公益诉讼 are not the indicators.
    expect(pick('容错纠错机制运行良好，纠错率为3%。立案办理公益诉讼案件41件。')).toEqual([]);
    // A comparison: 由…下降到 without a year for the first is not settled.
    expect(pick('行政诉讼败诉率由15%下降到7.5%。')).toEqual([]);
  });

  it('reads a trend with its years: 由上年的15%下降到7.5%, 从2018年的1798件降低到2021年的623件', () => {
    expect(pick('行政诉讼一审败诉率由上年的15%下降到7.5%。')).toMatchObject([
      { value: 15, own: false, notOwn: 'other-year' },
      { value: 7.5, own: true, qualifier: ['一审'] },
    ]);
    expect(pick('行政诉讼一审案件连续三年下降，从2018年的1798件降低到2021年的623件。', { ...county, year: 2021 })).toMatchObject([
      { key: 'litigation_cases', value: 1798, own: false },
      { key: 'litigation_cases', value: 623, own: true },
    ]);
  });
});

describe('traditional script', () => {
  it('gives the same figures as the simplified text, with the sentence and scope as published', () => {
    const hans = '2023年，全县各级行政复议机关共收到行政复议申请1,356件，办结1,150件，综合纠错率为18.6%。全国行政复议机关共新收案件约30万件。县本级负责人出庭应诉率为98.2%。';
    const hant = toTraditional(hans);
    expect(hant).not.toBe(hans);
    const a = extractFigures(hans, county);
    const b = extractFigures(hant, county);
    expect(b.map(({ sentence: _, scope: __, ...f }) => f)).toEqual(a.map(({ sentence: _, scope: __, ...f }) => f));
    expect(a).toHaveLength(5);
    expect(b.every((f) => hant.slice(f.at, f.at + f.sentence.length) === f.sentence)).toBe(true);
    expect(b.at(-1)!.scope).toBe('縣本級');
  });
});
