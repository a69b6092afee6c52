/**
 * A report's figures after re-extraction: what the extractor finds now, except where a maintainer
 * has checked a figure by hand (`checked: true`); those stay as written (re-anchored when the
 * body moved their sentence) and the extractor's figure for the same key and sentence is dropped.
 */
import type { ExtractedFigure } from './extract.ts';
import type { Figure } from './schema.ts';

export function mergeFigures(existing: Figure[] | undefined, extracted: ExtractedFigure[], body: string): Figure[] {
  const checked = (existing ?? []).filter((f) => f.checked).map((f) => reanchor(f, body));
  const taken = new Set(checked.map((f) => `${f.key} ${f.sentence}`));
  const fresh = extracted.filter((f) => !taken.has(`${f.key} ${f.sentence}`));
  // A stable sort: within a sentence, the extractor's figures keep the order they are written in.
  return [...checked, ...fresh].sort((a, b) => a.at - b.at).map(inFieldOrder);
}

const FIELD_ORDER = ['key', 'value', 'max', 'unit', 'qualifier', 'scope', 'own', 'notOwn', 'year', 'sentence', 'at', 'checked', 'rejected'] as const;

/** The fields in the schema's order, however a maintainer wrote them: a second run then changes nothing. */
function inFieldOrder(f: Figure): Figure {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (f[k] !== undefined) out[k] = f[k];
  return out as Figure;
}

function reanchor(f: Figure, body: string): Figure {
  if (body.slice(f.at, f.at + f.sentence.length) === f.sentence) return f;
  const found = body.indexOf(f.sentence);
  return found >= 0 && body.indexOf(f.sentence, found + 1) < 0 ? { ...f, at: found } : f;
}
