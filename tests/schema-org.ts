/**
 * JSON-LD checked against the schema.org vocabulary, offline: a document loader that answers
 * https://schema.org with the vendored context (tests/fixtures/schema-org), expansion with the
 * jsonld library, then every type, property, domain and range looked up in the vendored
 * vocabulary. What the expansion gives is what a consumer reads, so a misspelt term or a property
 * on the wrong type fails here instead of passing a string match.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import jsonld from 'jsonld';

const DIR = join(import.meta.dirname, 'fixtures/schema-org');
const readGz = (name: string) => JSON.parse(gunzipSync(readFileSync(join(DIR, name))).toString('utf8')) as Record<string, unknown>;
export const SDO = 'http://schema.org/';

const context = readGz('schemaorgcontext.jsonld.gz');

/** A jsonld document loader with no network: schema.org's context, and nothing else. */
export const offlineLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: context };
  throw new Error(`the tests load no documents from the network (asked for ${url})`);
};

interface Term {
  types: Set<string>;
  superClasses: Set<string>;
  domain: Set<string>;
  range: Set<string>;
  pending: boolean;
}

const iri = (id: string) => id.replace(/^schema:/, SDO);
const ids = (v: unknown): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => iri(typeof x === 'string' ? x : String((x as { '@id': string })['@id']))));

/** The vocabulary: every current schema.org term by IRI. */
export const vocabulary: Map<string, Term> = (() => {
  const graph = (readGz('schemaorg-current-http.jsonld.gz')['@graph'] as Record<string, unknown>[]) ?? [];
  const terms = new Map<string, Term>();
  for (const n of graph) {
    terms.set(iri(String(n['@id'])), {
      types: new Set(ids(n['@type'])),
      superClasses: new Set(ids(n['rdfs:subClassOf'])),
      domain: new Set(ids(n['schema:domainIncludes'])),
      range: new Set(ids(n['schema:rangeIncludes'])),
      pending: ids(n['schema:isPartOf']).some((p) => p.includes('pending.schema.org')),
    });
  }
  return terms;
})();

/** A class and every class above it. */
export function ancestors(cls: string): Set<string> {
  const out = new Set<string>();
  const walk = (c: string) => {
    if (out.has(c)) return;
    out.add(c);
    for (const s of vocabulary.get(c)?.superClasses ?? []) walk(s);
  };
  walk(cls);
  return out;
}

const isClass = (t: string) => vocabulary.get(t)?.types.has('http://www.w3.org/2000/01/rdf-schema#Class') || vocabulary.get(t)?.types.has('rdfs:Class');
const isProperty = (t: string) => vocabulary.get(t)?.types.has('rdf:Property');
const isDataType = (t: string) => [...ancestors(t)].some((a) => vocabulary.get(a)?.types.has(`${SDO}DataType`));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function expand(doc: object): Promise<Record<string, unknown>[]> {
  return (await jsonld.expand(doc, { documentLoader: offlineLoader })) as Record<string, unknown>[];
}

/**
 * Problems of an expanded JSON-LD document against the vocabulary, one line each: unknown types
 * or properties, a property used on a type outside its domain, a value outside its range.
 */
export function vocabularyProblems(expanded: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const node = (n: Record<string, unknown>, where: string) => {
    const types = ((n['@type'] as string[] | undefined) ?? []).slice();
    if (!types.length) problems.push(`${where}: a node without a type`);
    for (const t of types) if (!isClass(t) || isDataType(t)) problems.push(`${where}: ${t} is not a schema.org type`);
    const typeClosure = new Set(types.flatMap((t) => [...ancestors(t)]));
    for (const [key, values] of Object.entries(n)) {
      if (key.startsWith('@')) continue;
      const at = `${where} ${key.replace(SDO, '')}`;
      const p = vocabulary.get(key);
      if (!p || !isProperty(key)) {
        problems.push(`${at}: not a schema.org property`);
        continue;
      }
      if (![...p.domain].some((d) => typeClosure.has(d))) problems.push(`${at}: not a property of ${types.map((t) => t.replace(SDO, '')).join(', ')}`);
      for (const v of values as Record<string, unknown>[]) value(v, p, at);
    }
  };
  const value = (v: Record<string, unknown>, p: Term, at: string) => {
    const range = [...p.range];
    if ('@value' in v) {
      const typed = v['@type'] as string | undefined;
      if (typed && !range.some((r) => ancestors(typed).has(r))) problems.push(`${at}: a ${typed} is outside its range`);
      if (!range.some(isDataType)) problems.push(`${at}: takes a thing, not a literal`);
      const onlyDates = range.every((r) => ['Date', 'DateTime'].map((x) => SDO + x).includes(r));
      if (onlyDates && !DATE.test(String(v['@value']))) problems.push(`${at}: “${String(v['@value'])}” is not an ISO 8601 date`);
    } else if (v['@type']) {
      const closure = new Set((v['@type'] as string[]).flatMap((t) => [...ancestors(t)]));
      if (!range.some((r) => closure.has(r))) problems.push(`${at}: a ${(v['@type'] as string[]).join(', ')} is outside its range ${range.join(', ')}`);
      node(v, at);
    } else if ('@id' in v && Object.keys(v).length === 1) {
      // A bare IRI: the range must admit a URL or a thing.
      if (!range.some((r) => r === `${SDO}URL` || (isClass(r) && !isDataType(r)))) problems.push(`${at}: an IRI is outside its range`);
    } else node(v, at);
  };
  expanded.forEach((n, i) => node(n, `node ${i}`));
  return problems;
}

/** The pending (not yet core) schema.org terms a document uses, to report, not to fail on. */
export function pendingTerms(expanded: unknown): string[] {
  const found = new Set<string>();
  const walk = (x: unknown) => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x)) {
      if (vocabulary.get(k)?.pending) found.add(k.replace(SDO, ''));
      if (k === '@type') for (const t of v as string[]) if (vocabulary.get(t)?.pending) found.add(t.replace(SDO, ''));
      walk(v);
    }
  };
  walk(expanded);
  return [...found].sort();
}
