/**
 * The failures issue 10 lists, each reproduced as a small page. Every one of them was imported
 * wrong (or refused) before the importer weighed its signals; each now gets the answer a person
 * reading the page would give, or a refusal that names the flag.
 */
import { describe, expect, it } from 'vitest';
import { BODY, page, refusal, run } from './small-page.ts';

describe('a common word is not a county', () => {
  it('司法部会同有关部门, 自然资源部, 和政协提案 name no county: the 我县 report is refused, not filed under 会同县', () => {
    const e = refusal(page(`2022年，我县${BODY}`, '按照司法部会同有关部门的部署，县政府认真办理人大代表议案建议和政协提案，学习自然资源部有关规定，县委、县政府高度重视法治建设。'));
    expect(e.fix).toMatch(/--region/);
  });
  it('会同县 counts where it stands as the issuer', () => {
    expect(run(page(`2022年，会同县${BODY}`)).data.region).toBe('431225');
  });
});

describe('metadata and titles', () => {
  it('发文机关:威海市生态环境局 and its title make a department of 威海市', () => {
    const r = run(page('发文机关:威海市生态环境局', '威海市生态环境局 2022年法治政府建设情况工作报告', `2022年，我局${BODY}全省生态环境系统积极作为，我省各级部门共同推进。`));
    expect([r.data.region, r.data.level, r.data.issuer, r.data.publisher, r.data.year]).toEqual(['371000', 'prefecture', 'department', '威海市生态环境局', 2022]);
  });
  it('a district below its city is the district: 北京市朝阳区司法局 → 110105, 重庆市渝中区人民政府 → 500103', () => {
    const a = run(page('北京市朝阳区司法局2022年法治政府建设年度报告', `2022年，区司法局${BODY}`));
    expect([a.data.region, a.data.level, a.data.issuer]).toEqual(['110105', 'county', 'department']);
    const b = run(page('重庆市渝中区人民政府关于2022年法治政府建设情况的报告', `2022年，渝中区${BODY}`));
    expect([b.data.region, b.data.level]).toEqual(['500103', 'county']);
  });
  it('a renamed county resolves to today’s code and keeps the name it used: 横县 → 横州市 450181', () => {
    const r = run(page('横县2020年法治政府建设工作报告', `2020年，我县${BODY}全县法治建设取得新进展。`));
    expect([r.data.region, r.data.publisher]).toEqual(['450181', '横县人民政府']);
  });
  it('a department is its government’s department, under its full name: 江苏省政务办 → 江苏省政务服务管理办公室, 西城区司法局, 泾源县公安局', () => {
    expect(run(page('江苏省政务办2022年法治政府建设年度报告', `2022年，省政务办${BODY}`)).data).toMatchObject({ region: '320000', issuer: 'department', publisher: '江苏省政务服务管理办公室' });
    expect(run(page('北京市西城区司法局2022年法治政府建设工作报告', `2022年，区司法局${BODY}`)).data).toMatchObject({ region: '110102', issuer: 'department' });
    expect(run(page('泾源县公安局2023年法治政府建设工作报告', `2023年，县公安局${BODY}`)).data).toMatchObject({ region: '640424', issuer: 'department', publisher: '泾源县公安局' });
  });
  it('an addressee line is the recipient, not the issuer', () => {
    const r = run(page('中共武定县委、县人民政府：', `2023年，武定县公安局${BODY}`));
    expect(r.data).toMatchObject({ region: '532329', issuer: 'department', publisher: '武定县公安局' });
  });
});

describe('the year', () => {
  it('is read from an opening 2023年，杭州市坚持… or 2023年，吉林省人民政府坚持…', () => {
    expect(run(page(`2023年，杭州市${BODY}`)).data).toMatchObject({ year: 2023, region: '330100' });
    expect(run(page(`2023年，吉林省人民政府${BODY}`)).data).toMatchObject({ year: 2023, region: '220000', issuer: 'government' });
  });
  it('of a speech to the standing committee is the year before the speech', () => {
    const r = run(page('吉林省人民政府关于法治政府建设情况的报告', '（2025年4月29日在吉林省第十四届人民代表大会常务委员会第十五次会议上）', `省政府${BODY}`));
    expect(r.data.year).toBe(2024);
    expect(r.evidence.year.from).toBe('speech');
  });
});

describe('central bodies', () => {
  it('are recognised wherever they stand as the subject, not only at the start of the text', () => {
    const r = run(page(`根据《法治政府建设与责任落实督察工作规定》，现将有关情况报告如下。`, `2022年，国家税务总局${BODY}`));
    expect(r.data).toMatchObject({ region: '100000', level: 'central', issuer: 'department', publisher: '国家税务总局' });
    expect(run(page(`2021年，交通运输部党组${BODY}`)).data.publisher).toBe('交通运输部');
  });
});

describe('pages that are not such a report', () => {
  it.each<[string, Uint8Array]>([
    ['政府工作报告', page('2022年新疆政府工作报告', '各位代表：', `现在，我代表自治区人民政府向大会报告工作，请予审议。${BODY}`)],
    ['news item', page('甘肃2021年法治政府建设工作取得新成效', '来源：甘肃经济日报', `省人大常委会会议听取和审议了省人民政府2021年度法治政府建设情况报告。报告显示，${BODY}`, '（记者 吕霞）')],
    ['政策解读', page('【政策解读】关于《清水县2023年度法治政府建设工作总结的报告》的政策解读', `按照要求，我县${BODY}现解读如下。`)],
    ['实施方案', page('金昌市人民政府关于印发《金昌市创建全国法治政府建设示范市实施方案》的通知', `《实施方案》已经市委、市政府同意，现印发给你们，请认真抓好贯彻落实。${BODY}`)],
    ['信息公开工作年度报告', page('武汉市市场监督管理局2022年政府信息公开工作年度报告', `2022年，市市场监管局${BODY}`)],
    ['通报', page('各市人民政府，省政府各部门：', `2020年，${BODY}经省政府同意，现将考核优秀等次单位通报如下：`)],
  ])('a %s is refused with --kind as the way to import it anyway, and no title is invented', (genre, bytes) => {
    const e = refusal(bytes);
    expect(e.message).toContain(genre);
    expect(e.fix).toMatch(/--kind report/);
    // The maintainer who decides to keep it anyway says what it is, and where and when it is from.
    const forced = run(bytes, { kind: 'article', region: '650000', year: 2021 });
    expect(forced.data.kind).toBe('article');
  });
});
