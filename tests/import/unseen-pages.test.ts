/**
 * The kinds of failure issue 23 saw on pages no rule had been written for, each as a small page
 * in the shape of the real ones. Each kind appeared on more than one page, so each test tries
 * several names: the rule must be the general one, not the page's.
 */
import { describe, expect, it } from 'vitest';
import { BODY, page, refusal, run } from './small-page.ts';

describe('department short names are departments, filed under their full names', () => {
  it.each([
    ['浙江省卫生健康委关于2023年度法治政府建设情况的报告', '330000', '浙江省卫生健康委员会'],
    ['杭州市卫健委2023年法治政府建设年度报告', '330100', '杭州市卫生健康委员会'],
    ['湖南省发改委关于2023年度法治政府建设情况的报告', '430000', '湖南省发展和改革委员会'],
    ['宁波市住建局2023年度法治政府建设工作报告', '330200', '宁波市住房和城乡建设局'],
    ['南京市市场监管局2023年法治政府建设工作情况报告', '320100', '南京市市场监督管理局'],
    ['广州市政务服务数据管理局2023年法治政府建设年度报告', '440100', '广州市政务服务数据管理局'],
    ['成都市医保局2023年度法治政府建设情况报告', '510100', '成都市医疗保障局'],
    ['洛阳市退役军人事务局2023年法治政府建设工作报告', '410300', '洛阳市退役军人事务局'],
    ['济南市大数据局2023年法治政府建设情况报告', '370100', '济南市大数据局'],
  ])('%s', (title, region, publisher) => {
    const r = run(page(title, `2023年，我委（局）${BODY}`));
    expect([r.data.region, r.data.issuer, r.data.publisher]).toEqual([region, 'department', publisher]);
  });
  it('the government’s own office is a department, not the government', () => {
    const r = run(page('中共武定县委、县人民政府：', `2022年，在县委、县政府的坚强领导下，武定县人民政府办公室${BODY}`));
    expect([r.data.region, r.data.issuer, r.data.publisher]).toEqual(['532329', 'department', '武定县人民政府办公室']);
  });
});

describe('townships are not their county', () => {
  it('a 街道办事处 below its district is the township, at level township', () => {
    const r = run(page('杭州市西湖区西溪街道办事处2023年法治政府建设工作报告', `2023年，西溪街道${BODY}`));
    expect([r.data.region, r.data.level, r.data.issuer, r.data.regionName]).toEqual(['330106004', 'township', 'government', '浙江省杭州市西湖区西溪街道']);
  });
  it('a 镇 below its county is the township', () => {
    const r = run(page('凤台县城关镇人民政府关于2023年度法治政府建设情况的报告', `2023年，城关镇${BODY}`));
    expect([r.data.region, r.data.level, r.data.publisher]).toEqual(['340421100', 'township', '凤台县城关镇人民政府']);
  });
  it('--region takes a nine-digit township code', () => {
    const r = run(page('城关镇人民政府关于2023年度法治政府建设情况的报告', `2023年，我镇${BODY}`), { region: '340421100' });
    expect([r.data.region, r.data.level]).toEqual(['340421100', 'township']);
  });
});

describe('years from plain openings', () => {
  it('2021年在市委…, with no comma after the year', () => {
    expect(run(page('沈阳市法治政府建设工作报告', `2021年在市委、市政府的坚强领导下，沈阳市${BODY}`)).data.year).toBe(2021);
    expect(run(page('长沙县法治政府建设工作报告', `2020年全县上下${BODY}`)).data.year).toBe(2020);
  });
  it('根据…要求，2022年，XX… : a year after a leading clause', () => {
    const r = run(page('溧水区法治政府建设情况报告', `根据《法治政府建设实施纲要（2021—2025年）》要求，2022年，溧水区${BODY}`));
    expect(r.data.year).toBe(2022);
  });
});

describe('year signals that disagree', () => {
  it('warn and name --year', () => {
    const r = run(page('（2025年4月29日在杭州市第十四届人民代表大会常务委员会第十七次会议上）', '杭州市人民政府', '主任、副主任、秘书长、各位委员：', `2023年，杭州市${BODY}`));
    expect(r.data.year).toBe(2023);
    expect(r.warnings.join(' ')).toMatch(/2024.*--year|--year.*2024/);
  });
});

describe('a repeated title', () => {
  it('names the province that settles 朝阳区 (北京 or 长春), for every line that repeats it', () => {
    const title = '北京市朝阳区司法局2023年法治政府建设年度情况报告';
    const r = run(page(title, title, `2023年，朝阳区司法局${BODY}`));
    expect([r.data.region, r.data.issuer, r.data.publisher]).toEqual(['110105', 'department', '北京市朝阳区司法局']);
    const c = run(page('长春市朝阳区人民政府2023年法治政府建设年度报告', `2023年，朝阳区${BODY}`));
    expect(c.data.region).toBe('220104');
  });
});

describe('abbreviated names governments use for themselves', () => {
  it.each([
    ['东乌旗人民政府关于2020年度法治政府建设情况的报告', '152525'],
    ['科右前旗2022年法治政府建设工作报告', '152221'],
    ['威宁自治县2023年法治政府建设工作报告', '520526'],
    ['务川自治县人民政府关于2023年法治政府建设情况的报告', '520326'],
  ])('%s', (title, region) => {
    expect(run(page(title, `本年度，我县（旗）${BODY}`)).data.region).toBe(region);
  });
  it('a short form two banners share is refused, naming --region', () => {
    const e = refusal(page('扎旗人民政府2022年法治政府建设工作报告', `2022年，我旗${BODY}`));
    expect(e.fix).toMatch(/--region/);
  });
});
