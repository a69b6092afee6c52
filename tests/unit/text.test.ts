import { describe, expect, it } from 'vitest';
import { publishedFromPage, stripChrome } from '../../src/import/chrome.ts';
import { chooseGbOrBig5 } from '../../src/import/decode.ts';
import { classifyLine, joinBrokenLines } from '../../src/import/outline.ts';
import { fullWidthPunctuation } from '../../src/import/punctuation.ts';
import { findYear } from '../../src/import/year.ts';
import { detectScript, toSimplified } from '../../src/lib/script.ts';
import { big5, gbk } from '../fixtures/encodings.ts';

const lines = (...t: string[]) => t.map((text, i) => ({ n: i + 1, text }));

describe('chrome', () => {
  it('removes the furniture of real pages and keeps the text', () => {
    const r = stripChrome(
      lines(
        '今天是：2019年3月1日 星期五',
        '【字号:加大 还原 减小】',
        '下载 打印 全屏 收藏',
        '【打印本页】 【关闭窗口】',
        '发布日期：2022-03-15 来源：县司法局 浏览次数：356',
        '一、主要成效',
        '分享经验做法，主办单位为县司法局。',
        '版权所有：某县人民政府 技术支持：某公司',
        '浙ICP备05012345号-1',
      ),
    );
    expect(r.body.map((l) => l.text)).toEqual(['一、主要成效', '分享经验做法，主办单位为县司法局。']);
    expect(r.page.发布日期).toBe('2022-03-15');
    expect(publishedFromPage(r.page)).toBe('2022-03-15');
    expect(r.page.来源).toBe('县司法局');
  });
});

describe('copying-site defects', () => {
  it('cuts pinyin glosses and leading ?? from the text, and records what it cut', () => {
    const r = stripChrome(lines('2020年，清遠(yuǎn)市教育局堅持以習(xí)近平新時代中國特色社會主義思想為指導(dǎo)。', '??2020年，我州堅持依法行政。', '他说(ok)没问题。'));
    expect(r.body.map((l) => l.text)).toEqual(['2020年，清遠市教育局堅持以習近平新時代中國特色社會主義思想為指導。', '2020年，我州堅持依法行政。', '他说(ok)没问题。']);
    expect(r.removed.map((l) => [l.text, l.rule, l.partial])).toEqual([
      ['(yuǎn)(xí)(dǎo)', 'pinyin-gloss', true],
      ['??', 'residue', true],
    ]);
  });
});

describe('outline', () => {
  it('turns 一、/（一）/1. into heading levels 2, 3, 4 and leaves 一是 in paragraphs', () => {
    expect(classifyLine('一、2022年工作成效')).toEqual([{ kind: 'heading', depth: 2, text: '一、2022年工作成效' }]);
    expect(classifyLine('（二）有效提升决策质量')[0]).toMatchObject({ kind: 'heading', depth: 3 });
    expect(classifyLine('1.推动组织保障工作落实。')[0]).toMatchObject({ kind: 'heading', depth: 4 });
    expect(classifyLine('一是加强组织领导，完善工作机制。')).toEqual([{ kind: 'paragraph', text: '一是加强组织领导，完善工作机制。' }]);
  });

  it('splits a numbered lead sentence from the prose that follows it', () => {
    const [h, p] = classifyLine('（一）深学笃用习近平法治思想，统筹谋划五年工作。一是开展专题学习，进行广泛宣传，全县各级领导干部认真学习。');
    expect(h).toEqual({ kind: 'heading', depth: 3, text: '（一）深学笃用习近平法治思想，统筹谋划五年工作。' });
    expect(p!.kind).toBe('paragraph');
  });

  it('does not take a decimal number for a heading', () => {
    expect(classifyLine('2.17%的败诉率')[0]!.kind).toBe('paragraph');
  });

  it('joins lines a copy broke inside a paragraph', () => {
    expect(joinBrokenLines(['示范创建重在树立标杆；', '督察则重在压实责任。', '依法满足人民', '群众合理信息需求。', '一、标题'])).toEqual([
      '示范创建重在树立标杆；督察则重在压实责任。',
      '依法满足人民群众合理信息需求。',
      '一、标题',
    ]);
  });
});

describe('punctuation', () => {
  it('uses full-width marks in Chinese sentences only', () => {
    expect(fullWidthPunctuation('2020年,我局(试行):成效; 好')).toBe('2020年，我局（试行）：成效；好');
    expect(fullWidthPunctuation('败诉率2.17 %,共1,000件,15:48发布')).toBe('败诉率2.17%，共1,000件，15:48发布');
    expect(fullWidthPunctuation('现将我局2020 年法治政府建设工作报告如下:')).toBe('现将我局2020年法治政府建设工作报告如下：');
    expect(fullWidthPunctuation('see https://example.org/a?b=1, then')).toBe('see https://example.org/a?b=1, then');
  });
});

describe('encoding choice', () => {
  it('tells GBK from Big5 by which reading gives common characters', () => {
    expect(chooseGbOrBig5(gbk('法治政府建设年度报告，全面履行政府职能。'))?.encoding).toBe('gb18030');
    expect(chooseGbOrBig5(big5('法治政府建設年度報告，全面履行政府職能。'))?.encoding).toBe('big5');
  });
});

describe('script', () => {
  it('detects traditional text, including a naive converter’s (全麵, 製度)', () => {
    expect(detectScript('全麵履行政府職能，健全製度，複工複產')).toBe('Hant');
    expect(detectScript('全面履行政府职能，健全制度，复工复产')).toBe('Hans');
    expect(toSimplified('行政複議')).toBe('行政复议');
  });
});

describe('report year', () => {
  it('is the year reported on, not the year published', () => {
    expect(findYear({ title: '忠县人民政府2021年法治政府建设年度报告', body: '', published: '2022-02-14' })?.year).toBe(2021);
    expect(findYear({ body: '现将我局2020年法治政府建设工作报告如下：' })?.year).toBe(2020);
    expect(findYear({ body: '我县推进工作。\n一、2022年工作成效' })?.year).toBe(2022);
    expect(findYear({ body: '审议通过《2019年法治政府建设情况报告》。', fallback: 2020 })?.year).toBe(2020);
    expect(findYear({ body: '推进法治政府建设。' })).toBeUndefined();
  });
});
