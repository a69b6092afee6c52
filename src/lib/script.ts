/**
 * Simplified / traditional script: detection and conversion with opencc-js. The archive keeps a
 * traditional report as published and uses its simplified form only to read it (metadata
 * extraction) and, later, to index it.
 */
import * as OpenCC from 'opencc-js';

let t2s: ((s: string) => string) | undefined;
let s2t: ((s: string) => string) | undefined;

/** Traditional (any variant, including a naive converter's output such as 全麵 製度) → simplified. */
export function toSimplified(text: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return t2s(text);
}

/** Simplified → traditional (OpenCC standard forms, as used in Taiwan). */
export function toTraditional(text: string): string {
  s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return s2t(text);
}

/**
 * `Hant` when a noticeable share of the Han characters change on conversion to simplified.
 * A simplified text changes almost nowhere; the threshold absorbs the few characters that
 * OpenCC maps even in simplified text.
 */
export function detectScript(text: string): 'Hans' | 'Hant' {
  const simplified = toSimplified(text);
  const a = [...text];
  const b = [...simplified];
  let han = 0;
  let changed = 0;
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (!/\p{Script=Han}/u.test(a[i]!)) continue;
    han++;
    if (a[i] !== b[i]) changed++;
  }
  return han > 0 && changed / han > 0.03 ? 'Hant' : 'Hans';
}
