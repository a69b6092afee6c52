/**
 * schema.org JSON-LD for a report page: a `Report` whose publisher is a `GovernmentOrganization`,
 * whose `spatialCoverage` is its region as an `AdministrativeArea` with the GB/T 2260 code, and
 * whose `temporalCoverage` is the report year. Pure.
 */
import { languageTag, type ReportMeta } from './report-meta.ts';
import type { ReportData } from './report-schema.ts';
import { shownTitle } from './shown-title.ts';

type Node = Record<string, unknown>;

/** The issuing body: a government or one of its departments is a GovernmentOrganization; 党校 and the like are not. */
function organization(d: ReportData, areaServed: Node | undefined): Node {
  return {
    '@type': d.issuer === 'other' ? 'Organization' : 'GovernmentOrganization',
    name: d.publisher,
    ...(areaServed && d.issuer !== 'other' ? { areaServed } : {}),
  };
}

/** The region, with the regions above it as `containedInPlace`; the centre is the country. */
function place(places: ReportMeta['places']): Node | undefined {
  let node: Node | undefined;
  for (const p of places) {
    const here: Node =
      p.level === 'central'
        ? { '@type': 'Country', name: '中华人民共和国', identifier: 'CN', url: p.url }
        : {
            '@type': 'AdministrativeArea',
            name: p.name,
            identifier: { '@type': 'PropertyValue', propertyID: 'GB/T 2260', value: p.code },
            url: p.url,
          };
    if (node) here.containedInPlace = node;
    node = here;
  }
  return node;
}

export function reportJsonLd(m: ReportMeta): Node {
  const d = m.data;
  const area = place(m.places);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': m.url,
    url: m.url,
    name: shownTitle(d),
    identifier: m.id,
    inLanguage: languageTag(d),
    author: d.author ? { '@type': 'Person', name: d.author } : organization(d, area),
    publisher: organization(d, area),
    ...(d.published ? { datePublished: d.published } : {}),
    temporalCoverage: String(d.year),
    ...(area ? { spatialCoverage: area } : {}),
    ...(m.abstract ? { description: m.abstract } : {}),
    ...(d.source.url ? { isBasedOn: d.source.url } : {}),
    archivedAt: [m.url, m.rawUrl],
    encoding: [
      {
        '@type': 'MediaObject',
        name: '原始文件',
        contentUrl: m.rawUrl,
        ...(d.source.mediaType ? { encodingFormat: d.source.mediaType } : {}),
        sha256: d.source.sha256,
        uploadDate: d.source.archived,
      },
      { '@type': 'MediaObject', name: 'Markdown 文本', contentUrl: m.markdownUrl, encodingFormat: 'text/markdown' },
    ],
    ...(d.source.compilation ? { isPartOf: { '@type': 'CreativeWork', name: d.source.compilation } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: a title holding `</script>` or `<!--`
 * must not end the element or start a comment, so `<`, `>` and `&` are written as \u escapes
 * (JSON reads them back as the same characters), and so are U+2028 and U+2029.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
