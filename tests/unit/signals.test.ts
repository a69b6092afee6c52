/** The importer's signal readers, one by one: metadata fields, the web host, the opening, the genre. */
import { describe, expect, it } from 'vitest';
import { dateAndName, fieldPairs, isLabelOnly, regionCodeFromIndex } from '../../src/import/fields.ts';
import { classifyGenre } from '../../src/import/genre.ts';
import { readHost, type HostTable } from '../../src/import/host.ts';
import { isAddressee, readOpening } from '../../src/import/opening.ts';
import { findTitle } from '../../src/import/title.ts';
import { departmentAt, organAfterPlace } from '../../src/import/organs.ts';
import { disagreeingYear, findYear, yearSignals } from '../../src/import/year.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import table from '../../src/data/gov-hosts.json' with { type: 'json' };

const gaz = gazetteer();
const lines = (...t: string[]) => t.map((text, i) => ({ n: i + 1, text }));

describe('metadata fields', () => {
  it('reads label: value lines in the shapes CMSs print them', () => {
    expect(fieldPairs('索引号: l379250--2023-0009 主题分类: 综合政务')).toEqual([['索引号', 'l379250--2023-0009'], ['主题分类', '综合政务']]);
    expect(fieldPairs('- 索 引 号:370402/2022-00029')).toEqual([['索引号', '370402/2022-00029']]);
    expect(fieldPairs('日期 : 2026-01-15  文章来源 : 司法局  字号 : [  ] 视力保护色:')).toContainEqual(['文章来源', '司法局']);
    expect(fieldPairs('2020-03-24 09:41 來源: 司法部網站')).toEqual([['发布时间', '2020-03-24 09:41'], ['来源', '司法部网站']]);
    expect(fieldPairs('【来源:贵州省2023年度法治政府建设工作 | 发布日期:2024-04-10 】')).toContainEqual(['发布日期', '2024-04-10']);
  });
  it('never reads a sentence as fields', () => {
    expect(fieldPairs('来源：县司法局的数据显示，全年办理案件120件。')).toBeUndefined();
    expect(fieldPairs('根据发布机构：的要求')).toBeUndefined();
  });
  it('reads a date beside a site name, and a label alone on its line', () => {
    expect(dateAndName('2025-04-27 10:14 黑龙江省人民政府网')).toEqual({ date: '2025-04-27 10:14', name: '黑龙江省人民政府网' });
    expect(dateAndName('清水县人民政府 2024年01月08日')).toEqual({ date: '2024年01月08日', name: '清水县人民政府' });
    expect(isLabelOnly('发文单位')).toBe(true);
    expect(isLabelOnly('发文单位很重要')).toBe(false);
  });
  it('takes a region code from a 索引号 or an organ’s credit code, and nothing from other numbers', () => {
    expect(regionCodeFromIndex('370402/2022-00029')).toBe('370402');
    expect(regionCodeFromIndex('11620300013909010R/2025-48086')).toBe('620300');
    expect(regionCodeFromIndex('010898141/2022-06521')).toBeUndefined();
    expect(regionCodeFromIndex('l379250--2023-0009')).toBeUndefined();
  });
});

describe('the web host', () => {
  const t = table as HostTable;
  it('names a listed portal’s division and a department subdomain', () => {
    expect(readHost('http://sthjj.weihai.gov.cn/art/1.html', t, gaz)).toMatchObject({ code: '371000', department: '生态环境局', departmentFrom: 'host' });
    expect(readHost('https://www.henan.gov.cn/2024/01/01/x.html', t, gaz)).toMatchObject({ code: '410000' });
    expect(readHost('http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/x.htm', t, gaz)).toMatchObject({ code: '100000' });
  });
  it('offers pinyin candidates for an unlisted gov.cn host, and nothing for other hosts', () => {
    expect(readHost('http://www.laobian.gov.cn/003/x.html', t, gaz)!.pinyinCodes).toEqual(['210811']);
    const mirror = readHost('https://saintpaulhem.com/jxx/jxxrmzf/x.html', t, gaz)!;
    expect([mirror.code, mirror.pinyinCodes]).toEqual([undefined, []]);
  });
  it('reads a department column from the path (/bm/qsthjj/ → 区生态环境局)', () => {
    expect(readHost('http://rongchang.gov.cn/bm/qsthjj/zwgk/x.html', t, gaz)).toMatchObject({ department: '生态环境局', departmentFrom: 'path' });
  });
});

describe('the opening', () => {
  it('recognises addressee lines and skips them', () => {
    expect(isAddressee('中共红河州委、红河州人民政府：')).toBe(true);
    expect(isAddressee('省政府、市委、市人大:')).toBe(true);
    expect(isAddressee('现将有关情况报告如下：')).toBe(false);
    const o = readOpening(['福州市人民政府：', '2025年，罗源县坚持以习近平新时代中国特色社会主义思想为指导，统筹推进全面依法治县各项工作。'], gaz);
    expect(o.addressee).toBe('福州市人民政府：');
    expect(o.subject?.startsWith('罗源县')).toBe(true);
  });
  it('reads the subject past 在…领导下 clauses and quoted titles', () => {
    const o = readOpening(['2025年，在自治区党委、政府、那曲市委、市政府的坚强领导下，色尼区坚持“依法治区”工作原则，扎实推进法治政府建设。'], gaz);
    expect(o.subject?.startsWith('色尼区')).toBe(true);
  });
  it('says what the writer calls itself when it gives no name', () => {
    expect(readOpening(['2023年，市市场监管局在市委市政府的坚强领导下，深入学习贯彻习近平法治思想。'], gaz).self).toMatchObject({ unit: '市', department: '市场监督管理局' });
    expect(readOpening(['现将我局2023年法治政府建设工作情况报告如下。'], gaz).self).toMatchObject({ department: null });
    expect(readOpening(['2025年，县委、县政府坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。'], gaz).self).toMatchObject({ unit: '县' });
    // A department that names itself without its place; a 厅 is a province's department.
    expect(readOpening(['2025年，教育厅坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想。'], gaz).self).toMatchObject({ unit: '省', department: '教育厅' });
  });
});

describe('the title', () => {
  it('is found below breadcrumbs and bullets, split over two lines, or below its organ', () => {
    expect(findTitle(lines('• 无障碍版本 |', '• 2021年度山西省法治政府建设年度报告', '正文。'))?.text).toBe('2021年度山西省法治政府建设年度报告');
    expect(findTitle(lines('贵州省2023年度法治政府建设工作', '情况报告'))?.text).toBe('贵州省2023年度法治政府建设工作情况报告');
    const joint = findTitle(lines('中共海南省委 海南省人民政府', '关于2022年法治政府建设情况的报告', '中共海南省委 海南省人民政府', '关于2022年法治政府建设情况的报告'))!;
    expect(joint.text).toBe('中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告');
    expect(joint.repeats).toHaveLength(2);
  });
});

describe('the genre', () => {
  const verdict = (headline: string, body: string, headlineIsReportTitle = false) => classifyGenre({ headline, headlineIsReportTitle, page: {}, body }).genre;
  it('tells a report from pages that look like one', () => {
    expect(verdict('关于2022年法治政府建设情况的报告', '2022年，我县…', true)).toBe('report');
    expect(verdict('2022年新疆政府工作报告', '各位代表：')).toBe('政府工作报告');
    expect(verdict('关于《某县2023年度法治政府建设工作总结的报告》的政策解读', '')).toBe('解读');
    expect(verdict('某市人民政府关于印发《某市创建全国法治政府建设示范市实施方案》的通知', '')).toBe('方案');
    expect(verdict('某局2022年政府信息公开工作年度报告', '')).toBe('信息公开年报');
    expect(verdict('甘肃2021年法治政府建设工作取得新成效', '会议听取和审议了省人民政府2021年度法治政府建设情况报告。报告显示，……（记者 吕霞）')).toBe('news');
  });
  it('does not take a report that quotes another for news', () => {
    expect(verdict('', '2022年，我县坚持…审议通过了《2021年法治政府建设情况报告》。现将有关情况报告如下。')).toBe('report');
  });
});

describe('the department grammar', () => {
  it('reads any field before 委员会/委/局/厅/办/办公室/中心/署/站/队, and files short forms under the full name', () => {
    const full = (rest: string) => organAfterPlace(rest);
    expect(full('卫生健康委关于2023年度法治政府建设情况的报告')).toMatchObject({ type: 'department', full: '卫生健康委员会' });
    expect(full('卫健委2023年法治政府建设工作报告')).toMatchObject({ type: 'department', full: '卫生健康委员会' });
    expect(full('发改委关于…')).toMatchObject({ type: 'department', full: '发展和改革委员会' });
    expect(full('住建局2022年…')).toMatchObject({ type: 'department', full: '住房和城乡建设局' });
    expect(full('市场监管局2022年…')).toMatchObject({ type: 'department', full: '市场监督管理局' });
    expect(full('医保局2022年…')).toMatchObject({ type: 'department', full: '医疗保障局' });
    expect(full('退役军人事务局2022年…')).toMatchObject({ type: 'department', full: '退役军人事务局' });
    expect(full('政务服务数据管理局2022年…')).toMatchObject({ type: 'department', full: '政务服务数据管理局' });
    expect(full('公共资源交易中心2022年…')).toMatchObject({ type: 'department', full: '公共资源交易中心' });
    expect(full('综合行政执法大队2022年…')).toMatchObject({ type: 'department', full: '综合行政执法大队' });
    // A short form is expanded only where its full name is certain: 教委, 科技委; not 民委 or 北京's 交通委.
    expect(full('教委2023年…')).toMatchObject({ full: '教育委员会' });
    expect(full('交通委2023年…')).toMatchObject({ full: '交通委员会' });
    expect(full('民委2023年…')).toMatchObject({ type: 'department', full: '民委' });
    // A field never seen still parses as a department.
    expect(full('低空经济发展局2024年…')).toMatchObject({ type: 'department', full: '低空经济发展局' });
    // The government's own office is a department of it.
    expect(full('人民政府办公室坚持…')).toMatchObject({ type: 'department', full: '人民政府办公室' });
    expect(full('政府办2022年…')).toMatchObject({ type: 'department', full: '人民政府办公室' });
  });
  it('does not take the government, the party committee, courts or prose for a department', () => {
    expect(organAfterPlace('人民政府关于…')).toMatchObject({ type: 'government' });
    expect(organAfterPlace('委、市政府坚持…')).toMatchObject({ type: 'government', joint: true });
    expect(organAfterPlace('委2023年…')).toMatchObject({ type: 'other' });
    expect(departmentAt('中级人民法院')).toMatchObject({ type: 'other' });
    expect(departmentAt('依法治市委')).toMatchObject({ type: 'other' });
    expect(departmentAt('全面推进依法行政工作局面')).toBeUndefined();
    expect(departmentAt('委托第三方评估')).toBeUndefined();
    expect(departmentAt('办理行政复议案件')).toBeUndefined();
  });
});

describe('the year', () => {
  it('reads a plain opening without a comma, and a year after a leading clause', () => {
    expect(findYear({ body: '', opening: ['2021年在市委、市政府的坚强领导下，我市法治政府建设取得新成效。'] })?.year).toBe(2021);
    expect(findYear({ body: '', opening: ['根据《法治政府建设实施纲要》要求，2022年，西溪街道坚持依法行政。'] })?.year).toBe(2022);
    // A date is not a year's statement.
    expect(findYear({ body: '', opening: ['2022年3月，省政府召开常务会议，研究部署法治政府建设工作。'] })).toBeUndefined();
  });
  it('prefers the opening to a session date and reports the disagreement', () => {
    const body = '（2025年4月29日在杭州市第十四届人民代表大会常务委员会第十七次会议上）\n2023年，杭州市坚持依法行政。';
    const signals = yearSignals({ body, opening: ['2023年，杭州市坚持依法行政。'] });
    expect(signals[0]).toMatchObject({ year: 2023, how: 'opening' });
    expect(disagreeingYear(signals)).toMatchObject({ year: 2024, how: 'speech' });
    expect(disagreeingYear(yearSignals({ title: '2023年法治政府建设年度报告', body: '2023年，我县…', opening: ['2023年，我县坚持依法行政。'] }))).toBeUndefined();
  });
});
