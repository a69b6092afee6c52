/**
 * The frontmatter of one archived report (content/reports/*.md), field by field. The importer
 * writes it, `npm run check` validates it, and the `reports` content collection loads it.
 */
import { z } from 'astro/zod';
import { figureSchema } from './figures/schema.ts';

/** True for a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2024-02-30 and 2026-99-99 no). */
export function isCalendarDate(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const isoDate = z.string().refine(isCalendarDate, 'a real calendar date written YYYY-MM-DD');

// C0 controls other than tab and newline, DEL and the C1 block: invisible, and not well-formed in XML feeds.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'contains a control character')
    .refine((s) => s === s.trim(), 'starts or ends with white space');

/** An http(s) address: the only kind of link the archive publishes (no javascript:, data:, file:). */
const httpUrl = z.url().refine((u) => /^https?:\/\/[^\s/]+/i.test(u), 'an http:// or https:// address');

/**
 * A raw original's name under raw/: letters, digits, _ . - only, never a dotfile (.htaccess) and
 * never a path (raw/..). The archive publishes it as <name>.txt (see rawPublishedName).
 */
const rawPath = z.string().regex(/^raw\/(?![.])[\w.\-]{1,200}$/, 'a file name under raw/ (letters, digits, _ . -), not starting with a dot');

/** A WARC file under warc/<capture date>/, relative to `content/`; published as a download, never run. */
export const WARC_PATH = /^warc\/\d{4}-\d{2}-\d{2}\/(?![.])[\w.\-]{1,200}\.warc\.gz$/;

export const LEVELS = ['central', 'province', 'prefecture', 'county', 'township'] as const;
export const ISSUERS = ['government', 'department', 'other'] as const;
export const KINDS = ['report', 'article'] as const;

export const reportSchema = z.strictObject({
  /** The report's own title; when the source has none, one built from publisher and year. */
  title: text(300),
  /** True when `title` was built by the archive because the source page had no title line. */
  titleSupplied: z.boolean().default(false),
  /** `report`: an annual report or work summary by the issuer; `article`: commentary or an essay about one. */
  kind: z.enum(KINDS),
  /**
   * The region whose government or department issued it: a six-digit GB/T 2260 code (`100000`: the
   * centre), or for a township (街道, 镇, 乡; level `township`) its nine-digit NBS code, which starts
   * with its county's six digits (330106004 西溪街道 of 330106 西湖区).
   */
  region: z.string().regex(/^(?:\d{6}|\d{9})$/, 'a six-digit GB/T 2260 code, or a nine-digit township code'),
  /** The region's full name from the gazetteer (浙江省温州市洞头区), for readers of the Markdown; `check` verifies it. */
  regionName: text(100),
  /** The issuer's level: the level of its government. */
  level: z.enum(LEVELS),
  /** What kind of body issued it: the government itself, one of its departments (司法局, 发改委 …), or other (党校 …). */
  issuer: z.enum(ISSUERS),
  /** The issuing body's name (洞头区司法局, 忠县人民政府). */
  publisher: text(200),
  /** The author, when an article is signed by a person (魏芙蓉). */
  author: text(100).optional(),
  /** The year the report covers (a 2021 report published in 2022 has year 2021). */
  year: z.number().int().min(2000).max(2100),
  /** Publication date, when the page gave one. */
  published: isoDate.optional(),
  /** Script of the text as published: `Hans` simplified, `Hant` traditional. The body is kept as published. */
  script: z.enum(['Hans', 'Hant']),
  /** Where the text came from. */
  source: z.strictObject({
    /** The page's URL, when known. */
    url: httpUrl.optional(),
    /** The date the page was archived (imported). */
    archived: isoDate,
    /** The raw original, kept byte for byte, relative to `content/`. */
    raw: rawPath,
    /** The name the original had when it was imported (it may have been made safe for raw/). */
    originalName: text(300).optional(),
    /** The original's media type as imported (text/html, text/plain, application/pdf …): a page is published as text, a document as itself to download; never run. */
    mediaType: z.string().regex(/^[a-z]+\/[\w.+-]+$/, 'a media type such as text/html').optional(),
    /** sha256 of the raw original, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The encoding the original was decoded from; none for a PDF or Word document (its mediaType says what it is). */
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']).optional(),
    /** For a report split out of a compilation: which article it is, and what the compilation's contents called it. */
    part: z
      .strictObject({
        index: z.number().int().min(1),
        of: z.number().int().min(2),
        tocTitle: text(300).optional(),
      })
      .optional(),
    /** The compilation's own title, for a part. */
    compilation: text(300).optional(),
    /**
     * Where the HTTP response that delivered the original is kept, for a report captured from its
     * address (`npm run capture`). The record's payload is the raw original, byte for byte.
     */
    warc: z
      .strictObject({
        /** The WARC file, relative to `content/` (warc/2026-12-05/www.example.gov.cn-20261205T071848123Z.warc.gz). */
        file: z.string().regex(WARC_PATH, 'a file warc/YYYY-MM-DD/<name>.warc.gz'),
        /** The response record's WARC-Record-ID (<urn:uuid:…>). */
        record: z.string().regex(/^<urn:uuid:[0-9a-f-]{36}>$/, 'a WARC-Record-ID written <urn:uuid:…>'),
        /** Byte offset of that record's gzip member in the file, so a reader can seek straight to it. */
        offset: z.number().int().min(0),
        /** The record's WARC-Date: when the server was asked, to the millisecond (UTC). */
        date: z.iso.datetime(),
        /** The address the record holds (after redirects: it may differ from `url`). */
        target: httpUrl,
      })
      .optional(),
  }),
  /** Metadata captured from the page around the text (索引号, 发布机构, 信息来源 …), by the page's own labels. */
  page: z.record(text(40), z.string().max(500).refine((v) => !CONTROL.test(v), 'contains a control character')).default({}),
  /** Set when another report of the same publisher and year exists and this one is a different document. */
  distinct: z.boolean().default(false),
  /**
   * The indicator figures the text states (行政复议, 行政诉讼, 出庭应诉率, 规范性文件), each with its
   * sentence; absent until extracted (import, `npm run figures`). Fields: src/lib/figures/schema.ts.
   */
  figures: z.array(figureSchema).optional(),
});

export type ReportData = z.infer<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
