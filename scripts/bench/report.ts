/**
 * Draws docs/benchmarks.md's results table and docs/benchmarks.svg (time and peak memory against
 * the number of reports) from docs/benchmarks.json. The prose of benchmarks.md outside the
 * markers is kept as written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchMeasure } from '../bench-search.ts';

export interface Stage {
  wallS: number;
  cpuS: number;
  peakMB: number;
}
export interface BenchRow {
  reports: number;
  command: string;
  date: string;
  generateS: number;
  importPerReportMs: number;
  pages: Stage;
  index: Stage;
  /** Pagefind's own CLI over minimal HTML pages of the same reports, in the same run. */
  peer?: Stage;
  /** With --repeat: every run of the index stage and the peer (index and peer are their medians). */
  runs?: { index: Stage; peer?: Stage }[];
  totalWallS: number;
  parts: number;
  outputMB: number;
  outputFiles: number;
  indexMB: number;
  indexFiles: number;
  search: SearchMeasure[];
  incremental?: { pages: Stage; index: Stage };
}

const BEGIN = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';
const kb = (n: number | undefined) => (n === undefined ? '—' : (n / 1024).toFixed(0));
const gb = (mb: number) => (mb / 1024).toFixed(2);
/** Rows measured before first hits were timed on their own show the whole search (marked *). */
const firstHits = (m: SearchMeasure | undefined) => (!m ? '—' : m.bytesToResults === undefined ? `${kb(m.totalBytes)}* / ${m.msToResults}` : `${kb(m.bytesToResults)} / ${m.msToResults}`);

export function resultsTable(rows: BenchRow[]): string {
  const head =
    '| reports | pages: wall / CPU / peak | index: wall / CPU / peak | Pagefind CLI (peer): wall / peak | index ÷ peer: wall, peak | total wall | parts | output (MB, files) | index (MB, files) | first hits: KB / ms | exact count: ms | whole search: KB / ms | filtered: first hits KB / ms, count ms | +1 report: pages / index |\n' +
    '|---:|---|---|---|---|---:|---:|---|---|---|---|---|---|---|';
  const body = rows.map((r) => {
    const first = r.search.find((s) => !s.filter);
    const filtered = r.search.find((s) => s.filter);
    const inc = r.incremental ? `${r.incremental.pages.wallS} s / ${r.incremental.index.wallS} s` : '—';
    const peer = r.peer ? `${r.peer.wallS} s / ${gb(r.peer.peakMB)} GB` : '—';
    const ratio = r.peer ? `×${(r.index.wallS / r.peer.wallS).toFixed(2)}, ×${(r.index.peakMB / r.peer.peakMB).toFixed(2)}` : '—';
    return `| ${r.reports.toLocaleString('en')} | ${r.pages.wallS} s / ${r.pages.cpuS} s / ${gb(r.pages.peakMB)} GB | ${r.index.wallS} s / ${r.index.cpuS} s / ${gb(r.index.peakMB)} GB | ${peer} | ${ratio} | ${r.totalWallS} s | ${r.parts} | ${r.outputMB}, ${r.outputFiles.toLocaleString('en')} | ${r.indexMB}, ${r.indexFiles.toLocaleString('en')} | ${firstHits(first)} | ${first?.msToCount ?? '—'} | ${kb(first?.totalBytes)} / ${first?.msToDone ?? '—'} | ${firstHits(filtered)}, ${filtered?.msToCount ?? '—'} | ${inc} |`;
  });
  const commands = rows.map((r) => `- ${r.reports.toLocaleString('en')}: \`${r.command}\` (${r.date}; import ${r.importPerReportMs} ms a report)`);
  return `${head}\n${body.join('\n')}\n\nCommands:\n\n${commands.join('\n')}`;
}

/** A two-panel line chart: wall time (pages, index) and peak memory (pages, index) against N. */
export function plotSvg(rows: BenchRow[]): string {
  const W = 760;
  const H = 300;
  const pad = { l: 56, r: 16, t: 28, b: 40 };
  const panel = (x0: number, title: string, series: { name: string; color: string; values: number[] }[], unit: string) => {
    const w = W / 2 - 10;
    const maxX = Math.max(...rows.map((r) => r.reports));
    const maxY = Math.max(1, ...series.flatMap((s) => s.values)) * 1.1;
    const px = (n: number) => x0 + pad.l + ((w - pad.l - pad.r) * n) / maxX;
    const py = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / maxY);
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => maxY * f);
    return [
      `<text x="${x0 + w / 2}" y="16" text-anchor="middle" font-size="13">${title}</text>`,
      ...ticks.map((v) => `<line x1="${px(0)}" x2="${px(maxX)}" y1="${py(v)}" y2="${py(v)}" stroke="#ddd"/><text x="${px(0) - 6}" y="${py(v) + 4}" text-anchor="end" font-size="10">${v.toFixed(v < 10 ? 1 : 0)}</text>`),
      ...rows.map((r) => `<text x="${px(r.reports)}" y="${H - pad.b + 14}" text-anchor="middle" font-size="10">${r.reports / 1000}k</text>`),
      `<text x="${x0 + w / 2}" y="${H - 6}" text-anchor="middle" font-size="11">reports</text>`,
      `<text x="${x0 + 12}" y="${pad.t - 8}" font-size="11">${unit}</text>`,
      ...series.map((s, i) => {
        const pts = rows.map((r, k) => `${px(r.reports).toFixed(1)},${py(s.values[k]!).toFixed(1)}`).join(' ');
        return `<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts}"/>${rows.map((r, k) => `<circle cx="${px(r.reports)}" cy="${py(s.values[k]!)}" r="3" fill="${s.color}"/>`).join('')}<text x="${px(0) + 8}" y="${pad.t + 14 + i * 14}" font-size="11" fill="${s.color}">${s.name}</text>`;
      }),
    ].join('\n');
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    panel(0, 'Wall time', [
      { name: 'pages (astro build)', color: '#2f5d8a', values: rows.map((r) => r.pages.wallS) },
      { name: 'search index', color: '#c2410c', values: rows.map((r) => r.index.wallS) },
    ], 's'),
    panel(W / 2, 'Peak memory of one process', [
      { name: 'pages (astro build)', color: '#2f5d8a', values: rows.map((r) => r.pages.peakMB / 1024) },
      { name: 'search index (largest part)', color: '#c2410c', values: rows.map((r) => r.index.peakMB / 1024) },
    ], 'GB'),
    '</svg>',
  ].join('\n');
}

export function renderBenchmarks(docs: string, data: { machine: string; rows: BenchRow[] }): void {
  const md = join(docs, 'benchmarks.md');
  const text = existsSync(md) ? readFileSync(md, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const block = `${BEGIN}\nMachine: ${data.machine}.\n\n${resultsTable(data.rows)}\n\n![Wall time and peak memory against the number of reports](benchmarks.svg)\n${END}`;
  writeFileSync(md, text.replace(new RegExp(`${BEGIN}[\\s\\S]*?${END}`), block));
  writeFileSync(join(docs, 'benchmarks.svg'), plotSvg(data.rows));
}
