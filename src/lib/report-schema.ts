/**
 * The frontmatter of one archived report (content/reports/*.md), field by field. The importer
 * writes it, `npm run check` validates it, and the `reports` content collection loads it.
 */
import { z } from 'astro/zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const LEVELS = ['central', 'province', 'prefecture', 'county', 'township'] as const;
export const ISSUERS = ['government', 'department', 'other'] as const;
export const KINDS = ['report', 'article'] as const;

export const reportSchema = z.object({
  /** The report's own title; when the source has none, one built from publisher and year. */
  title: z.string().min(1),
  /** True when `title` was built by the archive because the source page had no title line. */
  titleSupplied: z.boolean().default(false),
  /** `report`: an annual report or work summary by the issuer; `article`: commentary or an essay about one. */
  kind: z.enum(KINDS),
  /** GB/T 2260 six-digit code of the region whose government or department issued it (`100000`: the centre). */
  region: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  /** The region's full name from the gazetteer (浙江省温州市洞头区), for readers of the Markdown; `check` verifies it. */
  regionName: z.string().min(1),
  /** The issuer's level: the level of its government. */
  level: z.enum(LEVELS),
  /** What kind of body issued it: the government itself, one of its departments (司法局, 发改委 …), or other (党校 …). */
  issuer: z.enum(ISSUERS),
  /** The issuing body's name (洞头区司法局, 忠县人民政府). */
  publisher: z.string().min(1),
  /** The author, when an article is signed by a person (魏芙蓉). */
  author: z.string().optional(),
  /** The year the report covers (a 2021 report published in 2022 has year 2021). */
  year: z.number().int().min(2000).max(2100),
  /** Publication date, when the page gave one. */
  published: isoDate.optional(),
  /** Script of the text as published: `Hans` simplified, `Hant` traditional. The body is kept as published. */
  script: z.enum(['Hans', 'Hant']),
  /** Where the text came from. */
  source: z.object({
    /** The page's URL, when known. */
    url: z.url().optional(),
    /** The date the page was archived (imported). */
    archived: isoDate,
    /** The raw original, kept byte for byte, relative to `content/`. */
    raw: z.string().regex(/^raw\/[^/]+$/, 'a path under raw/'),
    /** sha256 of the raw original, hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The encoding the original was decoded from. */
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5']),
    /** For a report split out of a compilation: which article it is, and what the compilation's contents called it. */
    part: z
      .object({
        index: z.number().int().min(1),
        of: z.number().int().min(2),
        tocTitle: z.string().optional(),
      })
      .optional(),
    /** The compilation's own title, for a part. */
    compilation: z.string().optional(),
  }),
  /** Metadata captured from the page around the text (索引号, 发布机构, 信息来源 …), by the page's own labels. */
  page: z.record(z.string(), z.string()).default({}),
  /** Set when another report of the same publisher and year exists and this one is a different document. */
  distinct: z.boolean().default(false),
});

export type ReportData = z.infer<typeof reportSchema>;
export type ReportInput = z.input<typeof reportSchema>;
