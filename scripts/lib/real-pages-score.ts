/**
 * Scores the importer on the real-pages set (tests/fixtures/real-pages) the way ../shared's
 * score.mjs does, plus the publisher, in-process so that a variant of the whole set scores in
 * seconds. Shared by scripts/score-variants.ts and tests/import/real-pages.test.ts, so that the
 * numbers the note quotes are the numbers the test holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/import/decode.ts';
import { importSource, type ImportedReport } from '../../src/import/import-source.ts';
import type { Gazetteer } from '../../src/lib/gazetteer.ts';
import { toTraditional } from '../../src/lib/script.ts';

export interface Expected {
  file: string;
  source: string;
  region_code: string;
  level: string;
  issuer: string;
  publisher: string;
  report_year: number | null;
  is_report: boolean;
}

export type Outcome = { report: ImportedReport } | { error: InputError };

/** A page as a reviewer would alter it to check that the rules do not lean on one feature of the set. */
export interface Variant {
  name: string;
  /** Pass the page's recorded address as --url. */
  url: boolean;
  transform: (text: string) => string;
}

// A line that reads as a heading naming a report: short, no sentence punctuation, says 报告/情况/总结.
// Deliberately not the importer's own title rule, so the variant tests it rather than mirrors it.
const looksLikeTitle = (line: string) => {
  const t = line.trim();
  return t.length > 0 && t.length <= 90 && !/[。，,；;！？]/.test(t) && /报告|情况|总结|汇报/.test(t);
};

export const VARIANTS: Variant[] = [
  { name: 'as recorded (--url)', url: true, transform: (t) => t },
  { name: 'no --url', url: false, transform: (t) => t },
  {
    name: 'title lines removed',
    url: true,
    transform: (t) => t.split('\n').filter((l) => !looksLikeTitle(l)).join('\n'),
  },
  { name: 'converted to traditional', url: true, transform: (t) => toTraditional(t) },
  { name: 'first 400 characters', url: true, transform: (t) => [...t].slice(0, 400).join('') },
];

export function readExpected(dir: string): Expected[] {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
}

export const urlOf = (e: Expected) => (/^https?:/.test(e.source) ? e.source : undefined);

export function runSet(dir: string, expected: Expected[], gaz: Gazetteer, variant: Variant = VARIANTS[0]!): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const e of expected) {
    const url = variant.url ? urlOf(e) : undefined;
    const text = variant.transform(readFileSync(join(dir, 'pages', e.file), 'utf8'));
    try {
      const r = importSource(new TextEncoder().encode(text), gaz, {
        fileName: e.file,
        rawPath: `raw/${e.file}`,
        archived: '2026-12-04',
        overrides: url ? { url } : {},
      });
      outcomes.set(e.file, { report: r.reports[0]! });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      outcomes.set(e.file, { error: err });
    }
  }
  return outcomes;
}

/**
 * A publisher as compared: joint reports read as the government (中共X委、X人民政府 → X人民政府),
 * a party group or committee of a body as the body (中共青岛市交通运输局党组 → 青岛市交通运输局,
 * 海关总署党委、海关总署 → 海关总署), no spacing; and the place it starts with stands for the
 * region it denotes, so that 北京市东城区人民政府 and 东城区人民政府, 东乌旗人民政府 and
 * 东乌珠穆沁旗人民政府 are one organ once the region is known (the region is compared on its own).
 */
export function normalisePublisher(name: string, gaz: Gazetteer): string {
  let p = name.replace(/\s+/g, '');
  p = p.replace(/^中共[^、]*、/, '').replace(/^[^、]*党(?:委|组)、/, '');
  p = p.replace(/^中共/, '').replace(/党(?:委|组)$/, '');
  for (let m = gaz.scan(p)[0]; m && m.index === 0 && m.text.length < p.length; m = gaz.scan(p)[0]) p = p.slice(m.text.length);
  return p;
}

export interface Score {
  n: number;
  region: number;
  year: number;
  level: number;
  issuer: number;
  all: number;
  refused: number;
  silent: number;
  publisher: number;
  publisherSilent: number;
  neg: number;
  negFlagged: number;
  lines: string[];
}

export function score(expected: Expected[], outcomes: Map<string, Outcome>, gaz: Gazetteer): Score {
  const t: Score = { n: 0, region: 0, year: 0, level: 0, issuer: 0, all: 0, refused: 0, silent: 0, publisher: 0, publisherSilent: 0, neg: 0, negFlagged: 0, lines: [] };
  for (const e of expected) {
    const o = outcomes.get(e.file)!;
    if (!e.is_report) {
      t.neg++;
      const flagged = 'error' in o || o.report.warnings.length > 0 || o.report.data.kind !== 'report';
      if (flagged) t.negFlagged++;
      else t.lines.push(`${e.file} not a report: imported as “${o.report.data.title}”`);
      continue;
    }
    t.n++;
    if ('error' in o) {
      t.refused++;
      t.lines.push(`${e.file} refused: ${o.error.message} (${o.error.fix})`);
      continue;
    }
    const r = o.report;
    const ok = { region: r.data.region === e.region_code, year: r.data.year === e.report_year, level: r.data.level === e.level, issuer: r.data.issuer === e.issuer };
    for (const k of Object.keys(ok) as (keyof typeof ok)[]) t[k] += ok[k] ? 1 : 0;
    const pubOk = ok.region && normalisePublisher(r.data.publisher, gaz) === normalisePublisher(e.publisher, gaz);
    if (pubOk) t.publisher++;
    else if (!r.warnings.length) t.publisherSilent++;
    const allOk = Object.values(ok).every(Boolean);
    if (allOk) t.all++;
    else if (!r.warnings.length) t.silent++;
    if (!allOk || !pubOk) {
      const wrong = Object.entries(ok)
        .filter(([, v]) => !v)
        .map(([k]) => k);
      const got = `${r.data.region} ${r.data.year} ${r.data.level} ${r.data.issuer} ${r.data.publisher}`;
      const want = `${e.region_code} ${e.report_year} ${e.level} ${e.issuer} ${e.publisher}`;
      t.lines.push(`${e.file} ${[...wrong, ...(pubOk ? [] : ['publisher'])].join(',')}: got ${got}; want ${want}${r.warnings.length ? ` [warned: ${r.warnings.join(' | ')}]` : ' [NO WARNING]'}`);
    }
  }
  return t;
}

export function summary(name: string, t: Score): string {
  return `${name}: all four right ${t.all}/${t.n} (region ${t.region}, year ${t.year}, level ${t.level}, issuer ${t.issuer}); refused ${t.refused}; wrong without a warning ${t.silent}; publisher right ${t.publisher}/${t.n - t.refused} (wrong without a warning ${t.publisherSilent}); non-reports flagged ${t.negFlagged}/${t.neg}`;
}
