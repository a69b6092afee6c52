/**
 * The options import and capture share (review, overrides, output), parsed and checked the same
 * way for both, so every override means the same thing whichever command is given it.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import type { Encoding } from '../../src/import/decode.ts';
import type { Overrides } from '../../src/import/import-source.ts';
import { isCalendarDate } from '../../src/lib/report-schema.ts';

export const IMPORT_OPTIONS = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  region: { type: 'string' },
  year: { type: 'string' },
  publisher: { type: 'string' },
  issuer: { type: 'string' },
  kind: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  encoding: { type: 'string' },
  part: { type: 'string' },
  'no-split': { type: 'boolean' },
  replace: { type: 'boolean' },
  archived: { type: 'string' },
  content: { type: 'string' },
} as const satisfies ParseArgsOptionsConfig;

export const OVERRIDES_HELP = `Overrides (when extraction is wrong or fails):
  --region CODE        GB/T 2260 code of the issuer's region (see src/data/gazetteer.json),
                       or a township's nine-digit code (src/data/gazetteer-townships.json)
  --year YYYY          the year the report covers
  --publisher NAME     the issuing body (洞头区司法局)
  --issuer TYPE        government | department | other
  --kind KIND          report | article
  --title TEXT         the report's title
  --author NAME        the author of a signed article
  --url URL            the original page's address
  --published DATE     publication date, YYYY-MM-DD
  --encoding ENC       utf-8 | gb18030 | big5 (skip detection)
  --part N             of a compilation, import only article N
  --no-split           import a compilation as one report`;

type Values = { [K in keyof typeof IMPORT_OPTIONS]?: (typeof IMPORT_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Checks the shared options and turns them into the importer's overrides; `fail` prints and exits. */
export function overridesFrom(values: Values, fail: (message: string) => never): Overrides {
  const oneOf = <T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if (!allowed.includes(value as T)) fail(`--${name} must be one of ${allowed.join(', ')}`);
    return value as T;
  };
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail('--year takes a four-digit year');
  if (values.part !== undefined && !/^\d+$/.test(values.part)) fail('--part takes an article number');
  if (values.region !== undefined && !/^(?:\d{6}|\d{9})$/.test(values.region)) fail('--region takes a six-digit GB/T 2260 code, or a nine-digit township code');
  for (const [name, d] of [['published', values.published], ['archived', values.archived]] as const) {
    if (d !== undefined && !isCalendarDate(d)) fail(`--${name} takes a real date written YYYY-MM-DD, not “${d}”`);
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(values.url)) fail('--url takes an http(s) address');
  const overrides: Overrides = {
    ...(values.region ? { region: values.region } : {}),
    ...(values.year ? { year: Number(values.year) } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.author ? { author: values.author } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.published ? { published: values.published } : {}),
    ...(values.part ? { part: Number(values.part) } : {}),
    ...(values['no-split'] ? { noSplit: true } : {}),
  };
  const issuer = oneOf('issuer', values.issuer, ['government', 'department', 'other'] as const);
  const kind = oneOf('kind', values.kind, ['report', 'article'] as const);
  const encoding = oneOf<Encoding>('encoding', values.encoding, ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be']);
  if (issuer) overrides.issuer = issuer;
  if (kind) overrides.kind = kind;
  if (encoding) overrides.encoding = encoding;
  return overrides;
}
