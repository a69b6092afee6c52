/** Where the archive keeps things on disk: content/reports/<id>.md and content/raw/<original>. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseMarkdownFile } from '../../src/lib/frontmatter.ts';
import { hashHex } from '../../src/import/report-id.ts';
import { documentFormat, MEDIA_TYPES } from '../../src/import/document.ts';

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
  // Only safe characters, and never a dotfile (.htaccess is configuration to a web server).
  const name = basename(file).replace(/[^\w.\-]+/g, '_').replace(/^[.\-]+/, '') || 'page';
  const existing = join(s.raw, name);
  if (!existsSync(existing) || hashHex(readFileSync(existing)) === hashHex(bytes)) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${hashHex(bytes).slice(0, 8)}${ext}`;
}

export interface Existing {
  sha256?: string;
  part?: number;
  raw?: string;
}

export function existingReport(s: Store, id: string): Existing | undefined {
  const path = join(s.reports, `${id}.md`);
  if (!existsSync(path)) return undefined;
  try {
    const { data } = parseMarkdownFile(readFileSync(path, 'utf8'));
    const source = (data.source ?? {}) as { sha256?: string; part?: { index?: number }; raw?: string };
    return {
      ...(source.sha256 ? { sha256: source.sha256 } : {}),
      ...(source.part?.index ? { part: source.part.index } : {}),
      ...(typeof source.raw === 'string' ? { raw: source.raw } : {}),
    };
  } catch {
    return {};
  }
}

/** True when some report in the store names `raw` (raw/<name>) as its original. */
export function rawReferenced(s: Store, raw: string): boolean {
  if (!existsSync(s.reports)) return false;
  const line = `raw: ${raw}`;
  return readdirSync(s.reports).some((f) => f.endsWith('.md') && readFileSync(join(s.reports, f), 'utf8').includes(line));
}

/** The original's media type, recorded so that a reader knows what the published .txt (or document) really is. */
export function mediaTypeOf(file: string, bytes: Uint8Array): string {
  // A PDF or Word file is told by its bytes, whatever its name.
  const format = documentFormat(bytes, file);
  if (format !== 'page') return MEDIA_TYPES[format];
  const ext = extname(file).toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (ext === '.svg' || head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'image/svg+xml';
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'text/html';
  if (ext === '.xml' || head.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}
