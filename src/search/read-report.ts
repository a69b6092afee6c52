/** Reads one report file (content/reports/<id>.md) into what the search index needs. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseMarkdownFile } from '../lib/frontmatter.ts';
import type { ReportForSearch } from './documents.ts';

export function readReport(file: string): ReportForSearch {
  const { data, body } = parseMarkdownFile(readFileSync(file, 'utf8'));
  const d = data as Record<string, unknown>;
  return {
    id: basename(file, '.md'),
    title: String(d.title),
    region: String(d.region),
    regionName: String(d.regionName),
    level: String(d.level),
    issuer: String(d.issuer),
    publisher: String(d.publisher),
    year: Number(d.year),
    script: d.script === 'Hant' ? 'Hant' : 'Hans',
    body: body.normalize('NFC'),
  };
}
