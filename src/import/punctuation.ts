/**
 * Copied web text often carries ASCII punctuation inside Chinese sentences (“2020年,我局”, “(一)”).
 * These become the full-width marks Chinese typography expects, but only where a neighbour is
 * Chinese, so numbers (1,000; 2.17; 15:48), URLs and Latin text keep theirs.
 */

const HAN = String.raw`\p{Script=Han}`;
const CJK_PUNCT = '，。、；：？！“”‘’（）《》【】…—';
const isHan = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);
const isCjkContext = (ch: string | undefined) => ch !== undefined && (isHan(ch) || CJK_PUNCT.includes(ch) || ch === '%' || ch === '％');

const MAP: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export function fullWidthPunctuation(text: string): string {
  let s = text.replace(/[ \t\u3000\u00a0]+/g, ' ');
  // Parentheses: full-width when what they hold, or what touches them, is Chinese.
  s = s.replace(/\(([^()]*)\)/g, (m, inner: string, offset: number, whole: string) =>
    new RegExp(HAN, 'u').test(inner) || isHan(whole[offset - 1]) || isHan(whole[offset + m.length]) ? `（${inner}）` : m,
  );
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const full = MAP[chars[i]!];
    if (!full) continue;
    const prev = chars[i - 1];
    const next = chars[i + 1] === ' ' ? chars[i + 2] : chars[i + 1];
    // 15:48 and 1,000 stay as they are.
    if (/\d/.test(prev ?? '') && /\d/.test(next ?? '')) continue;
    if (isCjkContext(prev) || isHan(next)) chars[i] = full;
  }
  s = chars.join('');
  // Spaces are not used in Chinese running text: drop those beside full-width punctuation and those
  // between a number and the character after it (“2020 年” → “2020年”).
  s = s
    .replace(new RegExp(` ([${CJK_PUNCT}])`, 'gu'), '$1')
    .replace(new RegExp(`([${CJK_PUNCT}]) `, 'gu'), '$1')
    .replace(new RegExp(`(\\d) (?=${HAN}|[%％])`, 'gu'), '$1');
  return s;
}
