import { readFileSync, readdirSync } from 'node:fs';
import { readReport } from '../src/lib/read-report.ts';
import { extractFigures } from '../src/lib/figures/extract.ts';
const dir = 'content/reports';
for (const f of readdirSync(dir)) {
  const r = readReport(readFileSync(`${dir}/${f}`, 'utf8'), f.slice(0, -3));
  if (!r.ok) continue;
  const d = r.report.data;
  for (const x of extractFigures(r.report.body, { year: d.year, published: d.published, level: d.level, regionName: d.regionName }))
    console.log(f.slice(0,-3), x.key, x.value, x.unit, x.own, x.notOwn ?? '', x.qualifier?.join('') ?? '', x.scope ?? '', x.year ?? '', '|', x.sentence.slice(0, 60));
}
