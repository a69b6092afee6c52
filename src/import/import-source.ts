/**
 * One raw source (a saved page or text file) → the reports it holds, with frontmatter and Markdown
 * body. Pure: bytes and options in, reports out; the CLI (scripts/import.ts) does the file work.
 * Every non-empty source line ends up in exactly one place — a report body, the metadata, or the
 * chrome removed — and the result says which, so nothing can vanish unnoticed.
 */
import type { Gazetteer, Division } from '../lib/gazetteer.ts';
import type { ReportInput } from '../lib/report-schema.ts';
import { detectScript, toSimplified, toTraditional } from '../lib/script.ts';
import { isoDate, publishedFromPage, stripChrome, type RemovedLine } from './chrome.ts';
import { compilationYear, parseToc, splitArticles, type Article } from './compilation.ts';
import { decodeBytes, InputError, type Encoding } from './decode.ts';
import type { DocumentLine, DocumentText } from './document.ts';
import { extractHtml } from './html.ts';
import { ORGAN_LABELS, SOURCE_LABELS, regionCodeFromIndex } from './fields.ts';
import { classifyGenre, GENRE_NAMES, type GenreVerdict } from './genre.ts';
import { readHost, type HostTable } from './host.ts';
import { findIssuer, type Evidence, type NamedText } from './issuer.ts';
import { readOpening } from './opening.ts';
import hostTable from '../data/gov-hosts.json' with { type: 'json' };
import { toLines, type SourceLine } from './lines.ts';
import { bodyTree, toMarkdown, type Block } from './markdown.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import type { IssuerType } from './organs.ts';
import { hashHex, reportId } from './report-id.ts';
import { findTitle, headLines, isTitleLine, titleFromLead } from './title.ts';
import { disagreeingYear, yearSignals } from './year.ts';

export interface Overrides {
  region?: string;
  year?: number;
  publisher?: string;
  title?: string;
  url?: string;
  published?: string;
  kind?: 'report' | 'article';
  issuer?: IssuerType;
  author?: string;
  encoding?: Encoding;
  /** Import only this article of a compilation. */
  part?: number;
  /** Treat a compilation as one report. */
  noSplit?: boolean;
}

export interface ImportOptions {
  fileName: string;
  /** Path of the kept raw original, relative to content/. */
  rawPath: string;
  /** Date archived, YYYY-MM-DD. */
  archived: string;
  overrides?: Overrides;
  /**
   * The web page that linked to the document (an attachment's wrapper page): its title, date,
   * address and metadata (发布机构, 发布时间, 索引号 …). Evidence where the document says nothing;
   * what the document itself says wins, with a warning where they disagree.
   */
  context?: { title?: string; published?: string; page?: Record<string, string>; url?: string };
}

export interface ImportedReport {
  id: string;
  data: ReportInput;
  body: string;
  warnings: string[];
  /** For each fact the importer decided, the signal and line it rests on and how sure it is. */
  evidence: { region: Evidence; year: Evidence; issuer: Evidence; genre: Evidence; title: Evidence };
  /** Source line numbers (1-based) whose text is in this report's body. */
  bodyLines: number[];
}

export interface ImportResult {
  sha256: string;
  /** The text encoding the source was decoded from; none for a PDF or Word document. */
  encoding?: Encoding;
  /** For a PDF or Word document: the text read from it, one paragraph a line, that line numbers refer to. */
  text?: string;
  reports: ImportedReport[];
  /** Lines removed as page chrome, with the rule that removed each. */
  removed: RemovedLine[];
  /** Lines that became metadata (title, date line, byline, contents …), with what they became. */
  consumed: (SourceLine & { as: string })[];
}

/** Fewer Chinese characters than this is a navigation or error page, not a report. */
export const MIN_REPORT_CHARS = 50;

const isHtml = (name: string, text: string) => /\.html?$/i.test(name) || /^\s*<(?:!doctype\s+html|html)/i.test(text);

interface Draft {
  title?: string;
  /** Where the title came from (a title line, the page's <title>, its metadata …). */
  titleFrom?: string;
  /** The first short line of the page, whatever the page is, for telling reports from other pages. */
  headline?: string;
  /** All the short lines above the text. */
  headLines?: string[];
  tocTitle?: string;
  named: NamedText[];
  category?: string;
  lines: SourceLine[];
  published?: string;
  yearFallback?: number;
  author?: string;
  part?: { index: number; of: number; tocTitle?: string };
  compilation?: string;
}

export function importSource(bytes: Uint8Array, gaz: Gazetteer, opts: ImportOptions): ImportResult {
  const { text, encoding } = decodeBytes(bytes, opts.overrides?.encoding);
  return importText(isHtml(opts.fileName, text) ? { html: text } : { text }, hashHex(bytes), encoding, gaz, opts);
}

/** A PDF or Word document, as its reader (import-any.ts) gave it: the same path as a page from here on. */
export function importDocument(doc: DocumentText, bytes: Uint8Array, gaz: Gazetteer, opts: ImportOptions): ImportResult {
  const source = doc.html !== undefined ? { html: doc.html } : { text: '', lines: doc.lines ?? [] };
  const result = importText({ ...source, ...(doc.title ? { title: doc.title } : {}) }, hashHex(bytes), undefined, gaz, opts);
  if (doc.lines) result.text = doc.lines.map((l) => l.text).join('\n');
  for (const r of result.reports) r.warnings.push(...(doc.warnings ?? []));
  return result;
}

interface Source {
  html?: string;
  text?: string;
  /** A document's lines, page chrome marked by its reader. */
  lines?: DocumentLine[];
  /** A document's own title property. */
  title?: string;
}

function importText(source: Source, sha256: string, encoding: Encoding | undefined, gaz: Gazetteer, opts: ImportOptions): ImportResult {
  const ov = opts.overrides ?? {};
  const ctx = opts.context ?? {};

  let lines: SourceLine[];
  let htmlTitle: string | undefined = source.title;
  let url = ov.url;
  // Page metadata from <meta> tags; it outranks the same labels found in the text's chrome.
  const htmlPage: Record<string, string> = {};
  // Lines a document's reader knows to be page chrome (running heads, page numbers).
  const pageChrome: RemovedLine[] = [];
  if (source.lines) {
    lines = [];
    source.lines.forEach((l, i) => (l.chrome ? pageChrome.push({ n: i + 1, text: l.text, rule: l.chrome }) : lines.push({ n: i + 1, text: l.text })));
  } else if (source.html !== undefined) {
    const html = extractHtml(source.html);
    lines = html.blocks.map((b, i) =>
      b.type === 'line' ? { n: i + 1, text: b.text } : { n: i + 1, text: '', node: b.node },
    );
    // A <title> with control characters is cleaned; one longer than any title is not one.
    htmlTitle = html.title?.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
    if (htmlTitle && [...htmlTitle].length > 200) htmlTitle = undefined;
    url ??= html.url;
    if (html.meta.PubDate) htmlPage.PubDate = html.meta.PubDate;
    if (html.meta.ContentSource) htmlPage.信息来源 = html.meta.ContentSource;
    if (html.meta.SiteName) htmlPage.网站 = html.meta.SiteName;
    if (html.meta.ColumnName) htmlPage.栏目 = html.meta.ColumnName;
  } else {
    lines = toLines(source.text ?? '');
  }
  if (lines.every((l) => !l.node && !/\p{Script=Han}/u.test(l.text))) {
    throw new InputError('the page has no Chinese report text', 'check that the file is the report page, not an index or error page');
  }

  const chrome = stripChrome(lines);
  chrome.removed.push(...pageChrome);
  chrome.removed.sort((a, b) => a.n - b.n);
  // The wrapper page's metadata counts where the document has none of its own under that label.
  const own = { ...chrome.page, ...htmlPage };
  const page = { ...ctx.page, ...own };
  if (ctx.url && ctx.url !== url) page['所在网页'] = ctx.url;
  const consumed: ImportResult['consumed'] = [];
  const drafts: Draft[] = [];

  const toc = ov.noSplit ? undefined : parseToc(chrome.body);
  if (toc) {
    const split = splitArticles(toc);
    if ('found' in split) {
      throw new InputError(
        `the contents (目录) list ${toc.entries.length} articles but ${split.found} article titles were found in the text`,
        'pass --no-split to import the compilation as one report',
      );
    }
    const compilation = toc.header[0]?.text;
    for (const l of toc.header) consumed.push({ ...l, as: 'compilation header' });
    for (const l of toc.lines) consumed.push({ ...l, as: 'contents' });
    const year = compilationYear(toc.header);
    for (const a of split.articles) drafts.push(articleDraft(a, split.articles.length, compilation, year, consumed));
  } else {
    const d: Draft = { named: [], lines: chrome.body, published: publishedFromPage(page) };
    const found = findTitle(chrome.body);
    d.headLines = headLines(chrome.body);
    if (d.headLines[0]) d.headline = d.headLines[0];
    if (htmlTitle) {
      d.title = htmlTitle;
      d.titleFrom = 'the page’s <title>';
    }
    if (found && (!d.title || found.text.replace(/\s/g, '') === d.title.replace(/\s/g, '') || !isTitleLine(d.title))) {
      d.title = fullWidthPunctuation(found.text);
      d.titleFrom = found.lines.length > 1 ? 'title lines' : 'title line';
      for (const l of found.lines) consumed.push({ ...l, as: 'title' });
      for (const l of found.repeats) consumed.push({ ...l, as: 'title (repeated)' });
      const used = new Set([...found.lines, ...found.repeats]);
      d.lines = chrome.body.filter((l) => !used.has(l));
    } else if (d.title && !isTitleLine(d.title) && !/法治/.test(d.title)) {
      // A <title> that is only the site's name says nothing about the report.
      delete d.title;
      delete d.titleFrom;
    }
    if (!d.title) {
      // A copying site's lead sentence quotes the title: “《…报告》是2019年…发布的通知。”.
      const lead = d.lines.find((l) => !l.node);
      const quoted = lead ? titleFromLead(lead.text) : undefined;
      if (lead && quoted) {
        d.title = fullWidthPunctuation(quoted);
        d.titleFrom = 'a copying site’s lead sentence';
        consumed.push({ ...lead, as: 'title (lead sentence)' });
        d.lines = d.lines.filter((l) => l !== lead);
      } else if (page['标题'] && isTitleLine(page['标题'])) {
        d.title = fullWidthPunctuation(page['标题']);
        d.titleFrom = 'the page’s 标题 field';
      } else if (ctx.title && isTitleLine(ctx.title)) {
        d.title = fullWidthPunctuation(ctx.title.normalize('NFC').trim());
        d.titleFrom = 'wrapper page';
      }
    }
    const wrapperDate = !d.published && ctx.published ? isoDate(ctx.published) : undefined;
    if (wrapperDate) d.published = wrapperDate;
    if (d.title) d.named.push({ text: toSimplified(d.title), from: 'title' });
    // 发文机关 / 发布机构: the organ the page files the text under (a 政府办公室 posts for its government).
    for (const label of ORGAN_LABELS) {
      const v = page[label];
      if (v) d.named.push({ text: toSimplified(v).replace(/(人民)?政府办公(室|厅)$/, '人民政府'), from: 'metadata' });
    }
    drafts.push(d);
  }

  const reports: ImportedReport[] = [];
  for (const d of drafts) {
    if (ov.part !== undefined && d.part?.index !== ov.part) continue;
    try {
      const report = buildReport(d, gaz, { ...opts, overrides: ov }, { sha256, encoding, url, hostUrl: ctx.url, page, compiled: !!toc });
      // Without a wrapper page withContext changes nothing.
      reports.push(opts.context ? withContext(report, opts.context, own) : report);
    } catch (e) {
      if (e instanceof InputError && d.part) {
        throw new InputError(`article ${d.part.index} (“${d.title}”): ${e.message}`, `${e.fix}, with --part ${d.part.index}`);
      }
      throw e;
    }
  }
  if (ov.part !== undefined && reports.length === 0) {
    throw new InputError(`there is no article ${ov.part} in this file`, `pass a --part between 1 and ${drafts.length}`);
  }
  // Two articles of one publisher and year in one compilation (拉萨市 has two) are distinct documents.
  const seen = new Map<string, number>();
  for (const r of reports) {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) {
      r.id = `${r.id}-${n}`;
      r.data.distinct = true;
    }
  }
  return { sha256, encoding, reports, removed: chrome.removed, consumed };
}

function articleDraft(a: Article, of: number, compilation: string | undefined, year: number | undefined, consumed: ImportResult['consumed']): Draft {
  consumed.push({ ...a.title, as: 'title' });
  if (a.date) consumed.push({ ...a.date.line, as: 'date' });
  if (a.byline) consumed.push({ ...a.byline.line, as: 'byline' });
  const named: NamedText[] = [{ text: toSimplified(a.title.text), from: 'title' }];
  if (a.byline) named.push({ text: a.byline.organ, from: 'byline' });
  named.push({ text: toSimplified(a.entry.title), from: 'toc' });
  // Contents entries of signed essays read “吉林省委党校魏芙蓉:坚持…”: the byline in the text may be cut short.
  const tocAuthor = a.entry.title.match(/(?:党校|局|厅|委员会|学院|大学)([\p{Script=Han}]{2,4})[:：]/u)?.[1];
  const author = tocAuthor && (!a.byline || tocAuthor.startsWith(a.byline.name)) ? tocAuthor : a.byline?.name;
  return {
    title: fullWidthPunctuation(a.title.text),
    named,
    ...(a.entry.category ? { category: a.entry.category } : {}),
    lines: a.body,
    ...(a.date ? { published: a.date.iso } : {}),
    ...(year ? { yearFallback: year } : {}),
    ...(author ? { author } : {}),
    part: { index: a.entry.index, of, tocTitle: a.entry.title },
    ...(compilation ? { compilation } : {}),
  };
}

function buildReport(
  d: Draft,
  gaz: Gazetteer,
  opts: ImportOptions & { overrides: Overrides },
  src: { sha256: string; encoding: Encoding | undefined; url: string | undefined; hostUrl?: string | undefined; page: Record<string, string>; compiled: boolean },
): ImportedReport {
  const ov = opts.overrides;
  const what = d.part ? 'the article' : 'the file';
  const han = d.lines.reduce((n, l) => n + (l.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);
  if (han < MIN_REPORT_CHARS) {
    throw new InputError(
      `${what} has no report text: ${han} Chinese characters remain once its title and page chrome are removed`,
      'check that the file is the report page itself, not an index, a login or an error page',
    );
  }
  const plain = d.lines.map((l) => l.text).join('\n');
  const script = detectScript(plain);
  const simplified = script === 'Hant' ? toSimplified(plain) : plain;
  const warnings: string[] = [];
  const simplePage = Object.fromEntries(Object.entries(src.page).map(([k, v]) => [k, toSimplified(v)]));

  // Is this a 法治政府建设 report at all? A page that only looks like one is refused, not retitled.
  const headlineText = d.title ? toSimplified(d.title) : d.headline ? toSimplified(d.headline) : undefined;
  const genre: GenreVerdict = src.compiled
    ? { genre: 'report', line: d.compilation ?? 'compilation', confidence: 'high' }
    : classifyGenre({
        ...(headlineText ? { headline: headlineText } : {}),
        headLines: (d.headLines ?? []).map(toSimplified),
        headlineIsReportTitle: !!d.title && isTitleLine(d.title),
        page: simplePage,
        body: simplified,
      });
  if (genre.genre !== 'report' && !ov.kind) {
    throw new InputError(
      `the page looks like ${GENRE_NAMES[genre.genre]}, not a 法治政府建设 report (“${genre.line.slice(0, 60)}”)`,
      'if it is one, pass --kind report; to keep it as a related document, pass --kind article',
    );
  }
  if (genre.genre === 'report' && genre.confidence === 'low' && !ov.kind) {
    warnings.push(`the page has no report title and does not call itself a report (${genre.line}); check that it is one, or pass --kind`);
  }

  const bodyLines = d.lines.filter((l) => !l.node).map((l) => (script === 'Hant' ? toSimplified(l.text) : l.text));
  const opening = readOpening(bodyLines, gaz);
  const named = [...d.named];
  if (opening.subject) named.push({ text: opening.subject, from: 'opening' });
  const host = readHost(src.url ?? src.hostUrl, hostTable as HostTable, gaz);
  const indexRegion = src.page['索引号'] ? regionCodeFromIndex(src.page['索引号']) : undefined;
  const evidence = {
    named,
    body: simplified,
    opening,
    ...(d.category ? { category: d.category } : {}),
    ...(host ? { host } : {}),
    ...(indexRegion && gaz.get(indexRegion) ? { indexRegion } : {}),
    sources: SOURCE_LABELS.map((l) => simplePage[l]).filter((v): v is string => !!v),
  };

  let region: Division;
  let issuer: IssuerType;
  let publisher: string;
  let kind: 'report' | 'article';
  let regionEvidence: Evidence;
  let issuerEvidence: Evidence;
  if (ov.region) {
    const r = gaz.get(ov.region);
    if (!r) throw new InputError(`--region ${ov.region} is not a GB/T 2260 code or township code in the gazetteer`, 'pass a six-digit code from src/data/gazetteer.json or a nine-digit one from src/data/gazetteer-townships.json');
    region = r;
    // Extraction may fail (that is why --region was given); its publisher is used only if it agrees.
    let found: ReturnType<typeof findIssuer> | undefined;
    try {
      found = findIssuer(evidence, gaz);
    } catch {
      found = undefined;
    }
    const same = found?.region.code === r.code;
    issuer = ov.issuer ?? (same ? found!.issuer : 'government');
    publisher = ov.publisher ?? (same ? found!.publisher : `${r.name}人民政府`);
    kind = ov.kind ?? (same ? found!.kind : 'report');
    regionEvidence = { from: '--region', line: ov.region, confidence: 'high' };
    issuerEvidence = ov.publisher || ov.issuer || !same ? { from: ov.publisher ? '--publisher' : '--region', line: publisher, confidence: 'high' } : found!.evidence.issuer;
  } else {
    const found = findIssuer(evidence, gaz);
    region = found.region;
    issuer = ov.issuer ?? found.issuer;
    publisher = ov.publisher ?? found.publisher;
    kind = ov.kind ?? found.kind;
    warnings.push(...found.warnings);
    regionEvidence = found.evidence.region;
    issuerEvidence = ov.publisher ? { from: '--publisher', line: ov.publisher, confidence: 'high' } : found.evidence.issuer;
  }

  const published = ov.published ? isoDate(ov.published) : d.published;
  const yearsSaid = ov.year
    ? []
    : yearSignals({
        ...(d.title ? { title: toSimplified(d.title) } : {}),
        body: simplified,
        opening: opening.paragraphs,
        ...(published ? { published } : {}),
        ...(d.yearFallback ? { fallback: d.yearFallback } : {}),
      });
  const yearFound = yearsSaid[0];
  const year = ov.year ?? yearFound?.year;
  if (!year) {
    throw new InputError(`${what} does not say which year it reports on`, 'pass --year <YYYY>');
  }
  if (yearFound?.confidence === 'low') {
    warnings.push(`the year ${year} rests only on a passing mention (“${yearFound.line}”); check it, or pass --year`);
  }
  const otherYear = disagreeingYear(yearsSaid);
  if (otherYear) {
    warnings.push(
      `the ${yearFound!.how} says ${year} (“${yearFound!.line.slice(0, 40)}”) but the ${otherYear.how} says ${otherYear.year} (“${otherYear.line.slice(0, 40)}”); using ${year}, pass --year to settle it`,
    );
  }

  const titleSupplied = !ov.title && !d.title;
  let title = ov.title ?? d.title ?? `${publisher}${year}年法治政府建设工作报告`;
  if (titleSupplied && script === 'Hant') title = toTraditional(title);

  const blocks: Block[] = d.lines.map((l) => (l.node ? { type: 'node', node: l.node } : { type: 'line', text: l.text }));
  const body = toMarkdown(bodyTree(blocks));
  const author = ov.author ?? d.author;
  const id = reportId({ region: region.code, year, issuer, publisher, title, kind, ...(author ? { author } : {}) });
  const path = gaz.path(region.code);
  const data: ReportInput = {
    title: title.normalize('NFC'),
    titleSupplied,
    kind,
    region: region.code,
    regionName: path.map((p) => p.name).join(''),
    level: region.level,
    issuer,
    publisher,
    ...(author ? { author } : {}),
    year,
    ...(published ? { published } : {}),
    script,
    source: {
      ...(src.url ? { url: src.url } : {}),
      archived: opts.archived,
      raw: opts.rawPath,
      sha256: src.sha256,
      ...(src.encoding ? { encoding: src.encoding } : {}),
      ...(d.part ? { part: d.part } : {}),
      ...(d.compilation ? { compilation: d.compilation } : {}),
    },
    ...(!d.part && Object.keys(src.page).length ? { page: src.page } : {}),
  };
  return {
    id,
    data,
    body,
    warnings,
    evidence: {
      region: regionEvidence,
      year: ov.year ? { from: '--year', line: String(ov.year), confidence: 'high' } : { from: yearFound!.how, line: yearFound!.line, confidence: yearFound!.confidence },
      issuer: issuerEvidence,
      genre: ov.kind ? { from: '--kind', line: ov.kind, confidence: 'high' } : { from: genre.genre, line: genre.line, confidence: genre.confidence },
      title: ov.title
        ? { from: '--title', line: ov.title, confidence: 'high' }
        : d.title
          ? { from: d.titleFrom ?? 'title', line: d.title, confidence: 'high' }
          : { from: 'supplied by the archive from publisher and year', line: title, confidence: 'medium' },
    },
    bodyLines: d.lines.map((l) => l.n),
  };
}

const sameText = (a: string, b: string) => {
  const norm = (t: string) => toSimplified(t).normalize('NFKC').replace(/[\s\p{P}]/gu, '');
  return norm(a) === norm(b);
};

/**
 * Says which of a report's facts rest on the wrapper page (ImportOptions.context) rather than on the
 * document, and warns where the two disagree: the document's own word is kept.
 */
function withContext(r: ImportedReport, ctx: NonNullable<ImportOptions['context']>, own: Record<string, string>): ImportedReport {
  const wrapperOnly = Object.entries(ctx.page ?? {}).filter(([k]) => !(k in own));
  for (const key of ['region', 'issuer'] as const) {
    const e = r.evidence[key];
    const label = wrapperOnly.find(([k, v]) => e.from === 'metadata' && ORGAN_LABELS.includes(k) && toSimplified(v).startsWith(e.line.replace(/人民政府$/, '')))?.[0];
    if (label) r.evidence[key] = { ...e, from: `wrapper page (${label})` };
  }
  const ownDate = publishedFromPage(own);
  const ctxDate = ctx.published ? isoDate(ctx.published) : undefined;
  const wrapperDate = ctxDate ?? publishedFromPage(Object.fromEntries(wrapperOnly));
  if (r.evidence.year.from === 'published' && !ownDate && wrapperDate && wrapperDate === r.data.published) {
    r.evidence.year = { ...r.evidence.year, from: 'published (wrapper page)' };
  }
  if (ctx.title && r.evidence.title.from !== 'wrapper page' && !r.data.titleSupplied && !sameText(ctx.title, r.data.title)) {
    r.warnings.push(`the wrapper page calls the report “${ctx.title}”, the document itself “${r.data.title}”; the document’s title is kept (pass --title to use another)`);
  }
  if (ownDate && ctxDate && ownDate !== ctxDate) {
    r.warnings.push(`the wrapper page dates the report ${ctxDate}, the document ${ownDate}; the document’s date is kept (pass --published to settle it)`);
  }
  for (const [k, v] of Object.entries(ctx.page ?? {})) {
    if (own[k] !== undefined && !sameText(own[k], v)) r.warnings.push(`the wrapper page gives ${k} “${v}”, the document “${own[k]}”; the document’s is kept`);
  }
  return r;
}
