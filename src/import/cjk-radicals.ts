/**
 * PDF writers that subset CJK fonts (Chromium's Skia, some Word exports) give a glyph that a font
 * maps from both a radical code point and an ideograph the lowest of its code points in the
 * ToUnicode map: 人 comes out as ⼈ (U+2F08, KANGXI RADICAL MAN), 民 as ⺠ (U+2EA0). The text
 * looks right and searches wrong. Kangxi radicals have compatibility decompositions (NFKC); the
 * CJK Radicals Supplement mostly has none, so the whole-character forms are listed here, after
 * Unicode's EquivalentUnifiedIdeograph.txt. A real report never writes a radical as a character.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺝': '月', '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车',
  '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食',
  '⻟': '飠', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
  '⻩': '黄', '⻪': '黾', '⻫': '斉', '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻱': '龜',
  '⻲': '亀', '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/gu;

/** The text with radical code points written as the ideographs they stand for. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => SUPPLEMENT[c] ?? (/[\u2f00-\u2fd5]/u.test(c) ? c.normalize('NFKC') : c));
}

/**
 * The same happens between a simplified character and a traditional one that a simplified-Chinese
 * font draws with one glyph: Chromium's print of 户 with Noto Sans/Serif CJK SC reads back as 戶
 * (U+6236 < U+6237). Only in text that is simplified throughout is the traditional form certainly
 * the artefact; in a traditional report it is the character itself.
 */
const TWINS: Record<string, string> = { '戶': '户' };
const TWIN = new RegExp(`[${Object.keys(TWINS).join('')}]`, 'gu');

export function unifySimplifiedTwins(text: string): string {
  return text.replace(TWIN, (c) => TWINS[c] ?? c);
}
