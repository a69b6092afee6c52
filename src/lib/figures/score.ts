/**
 * Precision and recall of extracted figures against a labelled set, on (report, key, value, own)
 * as the issue asks, overall and per key. Pure.
 */
import { FIGURE_KEYS, type FigureKey } from './keys.ts';

export interface Scored {
  report: string;
  key: FigureKey;
  value: number;
  own: boolean;
}

export interface Score {
  labelled: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
}

const tuple = (f: Scored) => `${f.report}\u0000${f.key}\u0000${f.value}\u0000${f.own}`;

function scoreOf(labelled: Scored[], extracted: Scored[]): Score & { missed: string[]; wrong: string[] } {
  const want = new Set(labelled.map(tuple));
  const got = new Set(extracted.map(tuple));
  const correct = [...got].filter((t) => want.has(t)).length;
  return {
    labelled: want.size,
    extracted: got.size,
    correct,
    // With nothing extracted nothing is wrong; with nothing labelled nothing is missed.
    precision: got.size ? correct / got.size : 1,
    recall: want.size ? correct / want.size : 1,
    missed: [...want].filter((t) => !got.has(t)).map((t) => t.replaceAll('\u0000', ' ')),
    wrong: [...got].filter((t) => !want.has(t)).map((t) => t.replaceAll('\u0000', ' ')),
  };
}

export function scoreFigures(labelled: Scored[], extracted: Scored[]) {
  const perKey = Object.fromEntries(
    FIGURE_KEYS.map((k) => [k, scoreOf(labelled.filter((f) => f.key === k), extracted.filter((f) => f.key === k))]),
  ) as Record<FigureKey, ReturnType<typeof scoreOf>>;
  return { all: scoreOf(labelled, extracted), perKey };
}
