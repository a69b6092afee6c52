/**
 * A figure as stored in a report's frontmatter (`figures:`), field by field. The extractor writes
 * them at import and `npm run figures`; a maintainer may correct one by hand and mark it
 * `checked: true`, and then no re-extraction touches it.
 */
import { z } from 'astro/zod';
import { FIGURE_KEYS, KEY_INFO, NOT_OWN, QUALIFIERS } from './keys.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const line = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, `at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'contains a control character or line break');

export const figureSchema = z
  .strictObject({
    /** Which indicator (review_received, review_closed, review_correction_rate, litigation_cases, litigation_loss_rate, head_appearance_rate, normative_docs_reviewed). */
    key: z.enum(FIGURE_KEYS),
    /** The number as the sentence states it (1.2万件 → 12000; 一百二十三件 → 123). */
    value: z.number().finite().nonnegative(),
    /** The upper end, when the sentence gives a range (10至15件). */
    max: z.number().finite().nonnegative().optional(),
    /** 件 for counts, % for shares: fixed by the key. */
    unit: z.enum(['件', '%']),
    /** Words that change how the number reads: 直接/综合 (纠错率), 一审, 余/近/约/超过/以上. */
    qualifier: z.array(z.enum(QUALIFIERS)).min(1).optional(),
    /** The scope as the sentence states it (本级, 全市, 全省, 区级 …). */
    scope: line(20).optional(),
    /** True when it is the reporting body's own figure for the report year. */
    own: z.boolean(),
    /** Why not, when own is false: other-year, multi-year, other-body (a wider body's, e.g. a national figure), target. */
    notOwn: z.enum(NOT_OWN).optional(),
    /** The year the figure is for, when the text says (去年 and 今年 are read against the publication date). */
    year: z.number().int().min(1949).max(2100).optional(),
    /** The sentence that states it, exactly as in the body (traditional stays traditional). */
    sentence: line(2000),
    /** The sentence's offset in the body (the Markdown after the frontmatter), in UTF-16 code units. */
    at: z.number().int().nonnegative(),
    /** Set by a maintainer who checked or corrected the figure by hand: `npm run figures` keeps it as written. */
    checked: z.literal(true).optional(),
    /** With `checked`: the sentence does not state this figure; kept so re-extraction does not bring it back, never published. */
    rejected: z.literal(true).optional(),
  })
  .superRefine((f, ctx) => {
    const say = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.unit !== KEY_INFO[f.key].unit) say('unit', `is ${f.unit} but ${f.key} is counted in ${KEY_INFO[f.key].unit}`);
    if (f.unit === '%' && f.value > 100) say('value', `${f.value}% is more than 100%`);
    if (f.max !== undefined && f.max <= f.value) say('max', 'must be more than value (a range low–high)');
    if (f.own && f.notOwn) say('notOwn', 'is given but own is true; remove one');
    if (!f.own && !f.notOwn) say('notOwn', 'is missing: say why the figure is not the body’s own (other-year, multi-year, other-body, target)');
    if (f.rejected && !f.checked) say('rejected', 'needs checked: true (only a maintainer rejects a figure)');
  });

export type Figure = z.infer<typeof figureSchema>;
