import { createHash } from 'node:crypto';
import { DEPARTMENT_SLUGS, type IssuerType } from './organs.ts';

export const hashHex = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

/**
 * A stable ASCII id from region code, year and issuer: 330305-2020-sfj, 500233-2021-gov.
 * Departments without a known abbreviation and other bodies get a short hash of their name, so
 * the id never depends on import order.
 */
export function reportId(o: { region: string; year: number; issuer: IssuerType; publisher: string; title: string; kind: string; author?: string }): string {
  let slug: string;
  if (o.issuer === 'government') slug = 'gov';
  else if (o.issuer === 'department') {
    slug = DEPARTMENT_SLUGS.find(([re]) => re.test(o.publisher))?.[1] ?? `dept-${hashHex(o.publisher).slice(0, 6)}`;
  } else {
    // An author tells signed articles apart; unsigned ones by their title, spacing ignored.
    const who = o.author ?? o.title.replace(/\s/g, '');
    slug = `${o.kind === 'article' ? 'art' : 'other'}-${hashHex(o.publisher + who).slice(0, 6)}`;
  }
  return `${o.region}-${o.year}-${slug}`;
}
