/**
 * Issue 24: every built report page tells a reference manager what the report is. Each page's
 * Highwire tags, JSON-LD and CSL-JSON are read back from the built site and checked against the
 * report's frontmatter as the archive's one reader (read-report.ts) gives it; the JSON-LD is
 * expanded and checked against the schema.org vocabulary, the CSL-JSON against the CSL schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rawPublishedName } from '../../src/lib/read-report.ts';
import { shownTitle } from '../../src/lib/shown-title.ts';
import { BUILDS, HOSTILE, ROOT } from '../browser/sites.ts';
import { readCorpus } from '../helpers.ts';
import { expand, SDO, vocabularyProblems } from '../schema-org.ts';

const SITE = 'https://archive.example.org';
const validateCsl = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/csl/csl-data.json'), 'utf8')) as object);

function page(dir: string, id: string) {
  const tree = unified().use(rehypeParse).parse(readFileSync(join(dir, 'reports', id, 'index.html'), 'utf8'));
  const head = select('head', tree)!;
  const metas = selectAll('meta[name]', head).map((m) => [String(m.properties.name), String(m.properties.content)] as const);
  const ld = selectAll('script[type="application/ld+json"]', head).map((s) => JSON.parse((s.children[0] as { value: string }).value) as Record<string, unknown>);
  return { metas, one: (name: string) => metas.filter(([n]) => n === name).map(([, v]) => v), ld, head };
}

const sites = [
  ['root', BUILDS.root.dir, BUILDS.root.base, join(ROOT, 'content')],
  ['/archive/', BUILDS.sub.dir, BUILDS.sub.base, join(ROOT, 'content')],
  ['hostile', HOSTILE.dir, HOSTILE.base, HOSTILE.content],
] as const;

describe.each(sites)('the %s build', (_name, dir, base, content) => {
  const list = readCorpus(content);

  it('has Highwire citation tags on every report page that state its frontmatter', () => {
    expect(list.length).toBeGreaterThan(0);
    for (const { id, data: d } of list) {
      const p = page(dir, id);
      const url = `${SITE}${base}reports/${id}/`;
      const where = `${id}: `;
      expect(p.one('citation_title'), where).toEqual([shownTitle(d)]);
      // One author, the organ (or a signed article's author), with , and ; made full-width so Zotero keeps it whole.
      expect(p.one('citation_author').map((a) => a.replace(/，/g, ',').replace(/；/g, ';')), where).toEqual([d.author ?? d.publisher]);
      expect(p.one('citation_publisher'), where).toEqual([d.publisher]);
      expect(p.one('citation_technical_report_institution'), where).toEqual(d.kind === 'report' ? [d.publisher] : []);
      expect(p.one('citation_publication_date'), where).toEqual(d.published ? [d.published.replace(/-/g, '/')] : []);
      expect(p.one('citation_online_date'), where).toEqual(d.published ? [d.source.archived.replace(/-/g, '/')] : []);
      expect(p.one('citation_language'), where).toEqual([d.script === 'Hant' ? 'zh-Hant' : 'zh-Hans']);
      expect(p.one('citation_public_url'), where).toEqual([url]);
      expect(p.one('citation_pdf_url'), where).toEqual(d.source.mediaType === 'application/pdf' ? [`${SITE}${base}raw/${rawPublishedName(d.source.raw)}`] : []);
      expect(p.one('citation_abstract')[0], where).toMatch(/\p{Script=Han}/u);
      expect(p.one('DC.date'), where).toEqual(d.published ? [d.published] : []);
      expect(p.one('DC.source'), where).toEqual(d.source.url ? [d.source.url] : []);
    }
  });

  it('has schema.org JSON-LD on every report page: valid against the vocabulary and stating its frontmatter', async () => {
    for (const { id, data: d } of list) {
      const { ld } = page(dir, id);
      expect(ld, id).toHaveLength(1);
      const doc = ld[0]!;
      const expanded = await expand(doc);
      expect(vocabularyProblems(expanded), id).toEqual([]);
      const r = expanded[0]!;
      const v = (node: Record<string, unknown>, p: string) => (node[SDO + p] as Record<string, unknown>[] | undefined) ?? [];
      expect(r['@type'], id).toEqual([`${SDO}Report`]);
      expect(v(r, 'name'), id).toEqual([{ '@value': shownTitle(d) }]);
      expect(v(r, 'url'), id).toEqual([{ '@id': `${SITE}${base}reports/${id}/` }]);
      const publisher = v(r, 'publisher')[0]!;
      expect(publisher['@type'], id).toEqual([d.issuer === 'other' ? `${SDO}Organization` : `${SDO}GovernmentOrganization`]);
      expect(v(publisher, 'name'), id).toEqual([{ '@value': d.publisher }]);
      expect(v(r, 'datePublished'), id).toEqual(d.published ? [{ '@value': d.published, '@type': `${SDO}Date` }] : []);
      expect(v(r, 'temporalCoverage'), id).toEqual([{ '@value': String(d.year) }]);
      expect(v(r, 'isBasedOn'), id).toEqual(d.source.url ? [{ '@id': d.source.url }] : []);
      expect(v(r, 'archivedAt'), id).toContainEqual({ '@id': `${SITE}${base}raw/${rawPublishedName(d.source.raw)}` });
      expect(v(r, 'inLanguage'), id).toEqual([{ '@value': d.script === 'Hant' ? 'zh-Hant' : 'zh-Hans' }]);
      // The region, by its GB/T 2260 code (the centre is the country).
      const area = v(r, 'spatialCoverage')[0]!;
      if (d.region === '100000') expect(area['@type'], id).toEqual([`${SDO}Country`]);
      else expect(v(v(area, 'identifier')[0]!, 'value'), id).toEqual([{ '@value': d.region }]);
    }
  });

  it('offers every report as CSL-JSON, linked from its page, valid and stating its frontmatter', () => {
    for (const { id, data: d } of list) {
      const p = page(dir, id);
      const link = selectAll('link[rel~="alternate"]', p.head).find((l) => String(l.properties.type) === 'application/vnd.citationstyles.csl+json');
      expect(String(link?.properties.href), id).toBe(`${base}reports/${id}.csl.json`);
      const csl = JSON.parse(readFileSync(join(dir, 'reports', `${id}.csl.json`), 'utf8')) as Record<string, unknown>[];
      expect(validateCsl(csl), `${id}: ${JSON.stringify(validateCsl.errors)}`).toBe(true);
      expect(csl, id).toHaveLength(1);
      const item = csl[0]!;
      expect(item, id).toMatchObject({ type: d.kind === 'report' ? 'report' : 'webpage', title: shownTitle(d), author: [{ literal: d.author ?? d.publisher }], publisher: d.publisher, URL: `${SITE}${base}reports/${id}/` });
      if (d.published) expect(item.issued, id).toEqual({ 'date-parts': [d.published.split('-').map(Number)] });
      else expect(item, id).not.toHaveProperty('issued');
    }
  });
});

describe('the hostile build', () => {
  it('keeps a title made to break out of the JSON-LD script inside it, as text', () => {
    const hostile = readCorpus(HOSTILE.content).find((r) => r.data.title.includes('</script>'));
    expect(hostile, 'global-setup gives one hostile report a </script> title').toBeDefined();
    const html = readFileSync(join(HOSTILE.dir, 'reports', hostile!.id, 'index.html'), 'utf8');
    const scripts = html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g)!;
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]!.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')).name).toBe(hostile!.data.title);
  });
});
