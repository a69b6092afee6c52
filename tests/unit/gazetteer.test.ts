import { describe, expect, it } from 'vitest';
import { divisionsFromDataset, townshipDivisions, townshipsFromDataset } from '../../src/lib/gazetteer-dataset.ts';
import { shortForms } from '../../src/lib/gazetteer.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { findIssuer } from '../../src/import/issuer.ts';
import { searchFilters, type ReportForSearch } from '../../src/search/documents.ts';

const gaz = gazetteer();
const body = (s: string) => `${s}深入推进依法行政。`;

describe('gazetteer data', () => {
  it('holds every province, prefecture and county, without statistics-only rows', () => {
    const all = [...gaz.byCode.values()];
    expect(all.filter((d) => d.level === 'province')).toHaveLength(31);
    expect(all.length).toBeGreaterThan(3200);
    expect(all.some((d) => d.name === '市辖区' || d.name.includes('直辖县级行政区划'))).toBe(false);
    expect(all.some((d) => d.code[4] === '7' && d.level === 'county')).toBe(false);
  });

  it('re-parents counties of placeholder prefectures to their province', () => {
    expect(gaz.path('500233').map((d) => d.name)).toEqual(['重庆市', '忠县']);
    expect(gaz.path('110105').map((d) => d.name)).toEqual(['北京市', '朝阳区']);
    expect(gaz.path('429004').map((d) => d.name)).toEqual(['湖北省', '仙桃市']);
  });

  it('keeps a city without counties once, as a prefecture of its province (no loop to itself)', () => {
    for (const code of ['441900', '442000', '460400']) {
      expect(gaz.get(code)?.level).toBe('prefecture');
      expect(gaz.path(code).map((d) => d.code)).toEqual([`${code.slice(0, 2)}0000`, code]);
    }
    const rows = divisionsFromDataset('code,name\n44,"广东省"', 'code,name,provinceCode\n4419,"东莞市",44', 'code,name,cityCode,provinceCode\n441900,"东莞市",4419,44');
    expect(rows.map((r) => r.code)).toEqual(['440000', '441900']);
  });

  it('builds rows from the dataset tables', () => {
    const rows = divisionsFromDataset(
      'code,name\n11,"北京市"\n46,"海南省"',
      'code,name,provinceCode\n1101,"市辖区",11\n4690,"省直辖县级行政区划",46\n4602,"三亚市",46',
      'code,name,cityCode,provinceCode\n110105,"朝阳区",1101,11\n469001,"五指山市",4690,46\n460271,"开发区",4602,46',
    );
    expect(rows).toEqual([
      { code: '110000', name: '北京市', level: 'province' },
      { code: '110105', name: '朝阳区', level: 'county', parent: '110000' },
      { code: '460000', name: '海南省', level: 'province' },
      { code: '460200', name: '三亚市', level: 'prefecture', parent: '460000' },
      { code: '469001', name: '五指山市', level: 'county', parent: '460000' },
    ]);
  });

  it('derives the short forms people write', () => {
    expect(shortForms({ code: '522700', name: '黔南布依族苗族自治州', level: 'prefecture' })).toEqual(['黔南州', '黔南', '黔南自治州']);
    expect(shortForms({ code: '450000', name: '广西壮族自治区', level: 'province' })).toEqual(['广西']);
    expect(shortForms({ code: '330305', name: '洞头区', level: 'county' })).toEqual(['洞头']);
    expect(shortForms({ code: '500233', name: '忠县', level: 'county' })).toEqual([]);
  });

  it('derives the short forms of autonomous counties and banners by rule, not from a list', () => {
    // Every autonomous county keeps 自治 once its peoples are dropped.
    expect(gaz.lookup('威宁自治县')?.codes).toEqual(['520526']);
    expect(gaz.lookup('务川自治县')?.codes).toEqual(['520326']);
    // A banner: first character of its transliterated name, side and position kept.
    expect(gaz.lookup('东乌旗')?.codes).toEqual(['152525']);
    expect(gaz.lookup('西乌旗')?.codes).toEqual(['152526']);
    expect(gaz.lookup('科左中旗')?.codes).toEqual(['150521']);
    expect(gaz.lookup('察右后旗')?.codes).toEqual(['150928']);
    expect(gaz.lookup('莫旗')?.codes).toEqual(['150722']);
    // Two banners that shorten alike stay ambiguous; banners named in Chinese are not shortened.
    expect(gaz.lookup('扎旗')?.codes.sort()).toEqual(['150526', '152223']);
    expect(gaz.lookup('正旗')).toBeUndefined();
    expect(gaz.lookup('四旗')).toBeUndefined();
  });

  it('scans text for the longest name at each position', () => {
    const found = gaz.scan('黔南州和杭州市滨江区').map((m) => [m.text, m.codes]);
    expect(found).toEqual([
      ['黔南州', ['522700']],
      ['杭州市', ['330100']],
      ['滨江区', ['330108']],
    ]);
  });

  it('does not take ordinary words for places (城区, 公安)', () => {
    expect(gaz.scan('城区环境整治，公安机关依法办案').map((m) => m.text)).toEqual([]);
    expect(gaz.scan('晋城市城区').map((m) => m.codes)).toEqual([['140500'], ['140502']]);
  });
});

describe('issuer disambiguation', () => {
  it('朝阳县 is in Liaoning; 朝阳区 needs its city', () => {
    expect(findIssuer({ named: [{ text: '朝阳县开展创建活动工作总结', from: 'title' }], body: body('') }, gaz).region.code).toBe('211321');
    const beijing = findIssuer({ named: [{ text: '朝阳区法治政府建设年度报告', from: 'title' }], body: body('北京市委') }, gaz);
    expect(beijing.region.code).toBe('110105');
    const changchun = findIssuer({ named: [{ text: '朝阳区法治政府建设年度报告', from: 'title' }], body: body('长春市') }, gaz);
    expect(changchun.region.code).toBe('220104');
    expect(() => findIssuer({ named: [{ text: '朝阳区法治政府建设年度报告', from: 'title' }], body: body('') }, gaz)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/names more than one region/), fix: expect.stringMatching(/--region/) }),
    );
  });

  it('五华区 is Kunming’s, 五华县 Meizhou’s', () => {
    expect(findIssuer({ named: [{ text: '五华区司法局工作总结', from: 'title' }], body: body('') }, gaz).region.code).toBe('530102');
    expect(findIssuer({ named: [{ text: '五华县人民政府2022年报告', from: 'title' }], body: body('') }, gaz).region.code).toBe('441424');
  });

  it('never takes a place merely mentioned in the text for the issuer', () => {
    const text = '2021年，我县深入推进法治政府建设。县委书记江夏同志召开会议，学习万州区、云阳县经验。我县全县推进，忠县法治建设成效明显。';
    const r = findIssuer({ named: [], body: text }, gaz);
    expect(r.region.code).toBe('500233');
  });

  it('reads a department from the superior named in the text (在市司法局的正确指导下 → 司法局)', () => {
    const r = findIssuer({ named: [], body: '2020年以来，我局在区委区政府的坚强领导和市司法局的正确指导下，推进法治洞头建设。我局全区工作。' }, gaz);
    expect(r.publisher).toBe('洞头区司法局');
    expect(r.issuer).toBe('department');
  });

  it('files an unsigned text about the whole country as a central article', () => {
    const r = findIssuer({ named: [], body: '党的十八大以来，我国法治政府建设取得重大进展，中央依法治国办部署督察。' }, gaz);
    expect([r.region.code, r.region.level, r.kind, r.publisher]).toEqual(['100000', 'central', 'article', '佚名']);
  });
});

describe('townships', () => {
  it('holds the townships of the NBS table under their counties, with nine-digit codes', () => {
    expect(gaz.get('330106004')).toEqual({ code: '330106004', name: '西溪街道', level: 'township', parent: '330106' });
    expect(gaz.path('330106004').map((d) => d.name)).toEqual(['浙江省', '杭州市', '西湖区', '西溪街道']);
    expect(gaz.levelNames('330106004')).toEqual({ province: '浙江省', prefecture: '杭州市', county: '西湖区', township: '西溪街道' });
    expect(gaz.isWithin('330106004', '330100')).toBe(true);
    // A town of a city without counties (东莞市) lies under the city.
    expect(gaz.get('441900119')).toMatchObject({ name: '长安镇', parent: '441900' });
  });
  it('knows that township names repeat across counties', () => {
    expect(gaz.townshipAt('城关镇人民政府关于…')?.townships.length).toBe(88);
    expect(gaz.townshipAt('城关镇人民政府', '340421')?.townships.map((t) => t.code)).toEqual(['340421100']);
  });
  it('gives a township’s report the search filters of its province and prefecture, at its own level', () => {
    expect(searchFilters({ region: '330106004', year: 2023, level: 'township', issuer: 'government' } as ReportForSearch, gaz)).toEqual({
      year: '2023', province: '330000', prefecture: '330100', level: 'township', issuer: 'government',
    });
  });
  it('never scans running text for township names, and leaves out farms and zones', () => {
    expect(gaz.scan('西溪街道').map((m) => m.text)).toEqual([]);
    expect(gaz.townshipAt('北京经济技术开发区')).toBeUndefined();
  });
  it('makes the compact rows from the dataset table', () => {
    const divisions = divisionsFromDataset(
      'code,name\n44,"广东省"',
      'code,name,provinceCode\n4419,"东莞市",44\n4401,"广州市",44',
      'code,name,cityCode,provinceCode\n440103,"荔湾区",4401,44\n441900,"东莞市",4419,44',
    );
    const rows = townshipsFromDataset(
      'code,name,areaCode,provinceCode,cityCode\n440103001,"沙面街道",440103,44,4401\n441900119,"长安镇",441900,44,4419\n440103400,"某农场",440103,44,4401\n440103002,"区直辖村级区划",440103,44,4401',
      divisions,
    );
    expect(rows).toEqual({ '440103': '001沙面街道', '441900': '119长安镇' });
    expect(townshipDivisions(rows).map((d) => [d.code, d.name, d.parent])).toEqual([
      ['440103001', '沙面街道', '440103'],
      ['441900119', '长安镇', '441900'],
    ]);
  });
});
