/** Where the archive keeps things on disk: content/reports/<id>.md and content/raw/<original>. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { hashHex } from '../../src/import/report-id.ts';

export interface Store {
  root: string;
  reports: string;
  raw: string;
}

export function store(root: string): Store {
  return { root, reports: join(root, 'reports'), raw: join(root, 'raw') };
}

/**
 * The name the raw original is kept under: its own name, or, when a different file already has
 * that name, the name with a short hash of its content.
 */
export function rawNameFor(s: Store, file: string, bytes: Uint8Array): string {
  const name = basename(file).replace(/[^\w.\-]+/g, '_');
  const existing = join(s.raw, name);
  if (!existsSync(existing) || hashHex(readFileSync(existing)) === hashHex(bytes)) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${hashHex(bytes).slice(0, 8)}${ext}`;
}

export interface Existing {
  sha256?: string;
  part?: number;
}

export function existingReport(s: Store, id: string): Existing | undefined {
  const path = join(s.reports, `${id}.md`);
  if (!existsSync(path)) return undefined;
  try {
    const { data } = parseMarkdownFile(readFileSync(path, 'utf8'));
    const source = (data.source ?? {}) as { sha256?: string; part?: { index?: number } };
    return { ...(source.sha256 ? { sha256: source.sha256 } : {}), ...(source.part?.index ? { part: source.part.index } : {}) };
  } catch {
    return {};
  }
}
