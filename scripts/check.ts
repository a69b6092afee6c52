/** npm run check: validates every report in content/ (schema, raw originals, ids, duplicates). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gazetteer } from '../src/lib/gazetteer-data.ts';
import { validateContent } from '../src/lib/validate-content.ts';
import { hashHex } from '../src/import/report-id.ts';

const root = resolve(process.argv[2] ?? 'content');
const reportsDir = join(root, 'reports');
const files = existsSync(reportsDir)
  ? readdirSync(reportsDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ path: relative(process.cwd(), join(reportsDir, f)), id: f.slice(0, -3), text: readFileSync(join(reportsDir, f), 'utf8') }))
  : [];
const rawSha = (raw: string) => {
  const p = join(root, raw);
  return existsSync(p) ? hashHex(readFileSync(p)) : undefined;
};
const problems = validateContent(files, rawSha, gazetteer());
for (const p of problems) console.error(`error: ${p}`);
console.log(`checked ${files.length} reports: ${problems.length ? `${problems.length} problems` : 'all valid'}`);
process.exit(problems.length ? 1 : 0);
