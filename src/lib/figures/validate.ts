/**
 * What the schema cannot see alone: a figure's sentence really stands at its offset in the body,
 * and the sentence really states the figure's number. Pure; called by the one report reader.
 */
import type { Figure } from './schema.ts';
import { toSimplified } from '../script.ts';
import { asciiDigits, readNumberAt } from './numbers.ts';

export interface FigureProblem {
  field: string;
  message: string;
}

/** Every number (with its unit) the sentence states. */
export function numbersIn(sentence: string): { value: number; max?: number; unit: string }[] {
  const reading = asciiDigits(toSimplified(sentence));
  const out: { value: number; max?: number; unit: string }[] = [];
  for (let i = 0; i < reading.length; i++) {
    if (!/[\d零〇一二两三四五六七八九十百]/.test(reading[i]!) || /[\d.]/.test(reading[i - 1] ?? '')) continue;
    const n = readNumberAt(reading, i);
    if (n) out.push(n);
  }
  return out;
}

export function checkFigures(figures: Figure[], body: string): FigureProblem[] {
  const problems: FigureProblem[] = [];
  figures.forEach((f, i) => {
    const say = (field: string, message: string) => problems.push({ field: `figures.${i}.${field}`, message });
    if (body.slice(f.at, f.at + f.sentence.length) !== f.sentence) {
      const found = body.indexOf(f.sentence);
      say(
        'at',
        found < 0
          ? 'the sentence is not in the report text; correct it, or run npm run figures to extract the figures again'
          : `the sentence is at ${found}, not ${f.at}; run npm run figures to re-anchor it`,
      );
    }
    if (f.rejected) return;
    const stated = numbersIn(f.sentence);
    if (!stated.some((n) => n.unit === f.unit && n.value === f.value && (f.max === undefined || n.max === f.max))) {
      say('value', `the sentence does not state ${f.value}${f.max !== undefined ? `–${f.max}` : ''}${f.unit}`);
    }
  });
  return problems;
}
