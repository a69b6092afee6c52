/**
 * A synthetic corpus of N reports for benchmarks, written as the importer writes content
 * (reports/<id>.md with validated frontmatter, raw/<id>.txt beside it) into a directory of its
 * own, never into content/. Deterministic for a given N and seed.
 *
 * Realism comes from the bundled corpus: sentences, headings and paragraph/report lengths are
 * drawn from its reports; regions are spread over the whole gazetteer (provinces, prefectures,
 * counties), years over 2015–2024; about a third are departments (司法局 …) and one in ten is
 * published in traditional script.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseMarkdownFile, toMarkdownFile } from '../../src/lib/frontmatter.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import type { Division } from '../../src/lib/gazetteer.ts';

export const GENERATOR_VERSION = 1;

/** mulberry32: small, fast, seedable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sample {
  sentences: string[];
  h2: string[];
  h3: string[];
  paragraphLengths: number[];
  reportLengths: number[];
}

/** Sentences, headings and lengths of the bundled corpus (its simplified reports). */
export function sampleCorpus(contentDir: string): Sample {
  const s: Sample = { sentences: [], h2: [], h3: [], paragraphLengths: [], reportLengths: [] };
  const dir = join(contentDir, 'reports');
  for (const f of readdirSync(dir)) {
    const { data, body } = parseMarkdownFile(readFileSync(join(dir, f), 'utf8'));
    if (data.script === 'Hant') continue;
    s.reportLengths.push(body.length);
    for (const line of body.split('\n')) {
      if (line.startsWith('### ')) s.h3.push(line.slice(4));
      else if (line.startsWith('## ')) s.h2.push(line.slice(3));
      else if (line.trim() && !line.startsWith('|') && !line.startsWith('#')) {
        s.paragraphLengths.push(line.length);
        s.sentences.push(...(line.match(/[^。！？]+[。！？]/g) ?? []).filter((x) => x.length >= 8));
      }
    }
  }
  return s;
}

const DEPARTMENTS: [string, string][] = [['司法局', 'sfj'], ['发展和改革委员会', 'fgw'], ['市场监督管理局', 'scjg'], ['生态环境局', 'sthj'], ['自然资源局', 'zrzy'], ['公安局', 'gaj'], ['教育局', 'jyj'], ['财政局', 'czj']];

export interface GenerateResult {
  dir: string;
  reports: number;
  chars: number;
}

export function generateCorpus(dir: string, n: number, sample: Sample, seed = 20261121): GenerateResult {
  const rnd = random(seed + n);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const gaz = gazetteer();
  const all = JSON.parse(readFileSync(new URL('../../src/data/gazetteer.json', import.meta.url), 'utf8')) as { divisions: string[][] };
  const divisions = all.divisions.map(([code]) => gaz.get(code!)!).filter(Boolean);
  // Counties outnumber prefectures ten to one, as reports do; provinces are few but all present.
  const byLevel = (l: Division['level']) => divisions.filter((d) => d.level === l);
  const levels: [Division[], number][] = [[byLevel('province'), 0.05], [byLevel('prefecture'), 0.25], [byLevel('county'), 0.7]];
  const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  mkdirSync(join(dir, 'raw'));
  const ids = new Set<string>();
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const [pool] = levels.find((_, k) => r < levels.slice(0, k + 1).reduce((a, [, p]) => a + p, 0)) ?? levels[2]!;
    const division = pick(pool);
    const year = 2015 + Math.floor(rnd() * 10);
    const department = rnd() < 0.33 ? pick(DEPARTMENTS) : undefined;
    const place = division.name;
    const publisher = department ? `${place}${department[0]}` : `${place}人民政府`;
    let id = `${division.code}-${year}-${department ? department[1] : 'gov'}`;
    const distinct = ids.has(id);
    for (let k = 2; ids.has(id); k++) id = `${division.code}-${year}-${department ? department[1] : 'gov'}-${k}`;
    ids.add(id);
    const title = `${publisher}${year}年法治政府建设工作报告`;
    const target = pick(sample.reportLengths) * (0.6 + rnd() * 0.8);
    const lines: string[] = [`${year}年，${publisher}${pick(sample.sentences)}`];
    let length = lines[0]!.length;
    for (let h = 1; length < target; h++) {
      lines.push(`## ${'一二三四五六七八九十'[(h - 1) % 10]}、${pick(sample.h2).replace(/^[一二三四五六七八九十]+、/, '')}`);
      for (let sub = 0; sub < 3 && length < target; sub++) {
        lines.push(`### （${'一二三四五'[sub]}）${pick(sample.h3).replace(/^（[一二三四五六七八九十]+）/, '')}`);
        const para: string[] = [];
        const plen = pick(sample.paragraphLengths);
        while (para.join('').length < plen) para.push(pick(sample.sentences));
        lines.push(para.join(''));
        length += para.join('').length;
      }
    }
    const hant = rnd() < 0.1;
    let body = lines.join('\n\n');
    if (hant) body = s2t(body);
    const raw = `${hant ? s2t(title) : title}\n\n${body.replace(/^#+ /gm, '')}\n`;
    const rawName = `${id}.txt`;
    writeFileSync(join(dir, 'raw', rawName), raw);
    const names = gaz.levelNames(division.code);
    const data = {
      title: hant ? s2t(title) : title,
      titleSupplied: false,
      kind: 'report',
      region: division.code,
      regionName: [names.province, names.prefecture, names.county].filter(Boolean).join(''),
      level: division.level,
      issuer: department ? 'department' : 'government',
      publisher,
      year,
      script: hant ? 'Hant' : 'Hans',
      source: { archived: '2026-11-21', raw: `raw/${rawName}`, sha256: createHash('sha256').update(raw).digest('hex'), encoding: 'utf-8' },
      ...(distinct ? { distinct: true } : {}),
    };
    writeFileSync(join(dir, 'reports', `${id}.md`), toMarkdownFile(data, body));
    chars += body.length;
  }
  return { dir, reports: n, chars };
}
