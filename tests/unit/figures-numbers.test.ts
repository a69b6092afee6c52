/** Reading numbers as reports write them. */
import { describe, expect, it } from 'vitest';
import { chineseNumeral, readNumberAt } from '../../src/lib/figures/numbers.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一百二十三', 123],
    ['十二', 12],
    ['二十七', 27],
    ['两千零五十', 2050],
    ['三万五千', 35000],
    ['一千零一', 1001],
    ['二〇二二', 2022],
  ])('%s is %i', (s, n) => expect(chineseNumeral(s)).toBe(n));
});

describe('a number with its unit', () => {
  it.each([
    ['一百二十三件', { value: 123, unit: '件' }],
    ['1.2万件', { value: 12000, unit: '件' }],
    ['2.3万件', { value: 23000, unit: '件' }],
    ['1,356件', { value: 1356, unit: '件' }],
    ['１２３件', { value: 123, unit: '件' }],
    ['16.9%', { value: 16.9, unit: '%' }],
    ['16.9％', { value: 16.9, unit: '%' }],
    ['百分之十二', { value: 12, unit: '%' }],
    ['150余件', { value: 150, unit: '件', approx: '余' }],
    ['1.1万余件', { value: 11000, unit: '件', approx: '余' }],
    ['近500件', { value: 500, unit: '件', approx: '近' }],
    ['约30万件', { value: 300000, unit: '件', approx: '约' }],
    ['约为15%', { value: 15, unit: '%', approx: '约' }],
    ['超过200件', { value: 200, unit: '件', approx: '超过' }],
    ['90%以上', { value: 90, unit: '%', approx: '以上' }],
    ['10至15件', { value: 10, max: 15, unit: '件' }],
    ['1-1.5万件', { value: 10000, max: 15000, unit: '件' }],
    ['达到98.2%', { value: 98.2, unit: '%' }],
  ])('%s', (text, expected) => expect(readNumberAt(text, 0)).toMatchObject(expected));

  it('reads no number where the text has none', () => {
    expect(readNumberAt('行政复议案件', 0)).toBeUndefined();
  });
});
