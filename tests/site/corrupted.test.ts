/**
 * One reader: on a copy of content/ with issue 13's corruptions applied, one per file, `npm run
 * check` names each file and field, and the site build refuses the same set, naming them the same
 * way, before it builds anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCheck, tempDir } from '../helpers.ts';

/** [file, what to find, what to put instead, the field check must name] */
const CORRUPTIONS: [string, string, string, string][] = [
  ['100000-2022-art-38c182', '  archived:', '  url: "javascript:alert(document.domain)"\n  archived:', 'source.url'], // row 2
  ['110000-2022-sfj', 'title: 探索基本建成法治政府的北京路径', `title: ${'长'.repeat(1400)}`, 'title'], // row 3
  ['131100-2022-gov', 'archived: "2026-11-21"', 'archived: "2026-99-99"', 'source.archived'], // row 4
  ['210100-2022-gov', /raw: raw\/[\w.]+/.source, 'raw: raw/..', 'source.raw'], // row 6
  ['211321-2022-gov', 'publisher: 朝阳县人民政府', 'publisher: yes', 'publisher'], // row 8
  ['220000-2022-art-f59d20', 'title: 坚持全过程人民民主 推进法治政府建设', 'title: "坚持全过程人民民主\\b推进法治政府建设"', 'title'], // row 13
  ['330305-2020-sfj', 'script: Hans', 'script: Hans\npublished: "2024-02-30"', 'published'], // row 15
  ['350100-2022-gov', 'script: Hans', 'script: Hans\nsummery: 拼错的字段', 'frontmatter'], // row 15
];

describe('a copy of content/ with a corruption in each of nine files', () => {
  const dir = tempDir();
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const [id, from, to] of CORRUPTIONS) {
    const f = join(dir, 'reports', `${id}.md`);
    const text = readFileSync(f, 'utf8');
    const re = new RegExp(from.startsWith('raw:') ? from : from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (!re.test(text)) throw new Error(`${id}: no “${from}”`);
    writeFileSync(f, text.replace(re, to));
  }
  // Row 15: a file name that disagrees with its id (the 2022 report of 拉萨市 filed as 2021).
  renameSync(join(dir, 'reports/540100-2022-gov.md'), join(dir, 'reports/540100-2021-gov.md'));
  const expected = [...CORRUPTIONS.map(([id, , , field]) => `${id}.md: ${field}:`), '540100-2021-gov.md: year:'];

  const check = runCheck(dir);
  it('npm run check names each file and field', () => {
    expect(check.status).toBe(1);
    for (const e of expected) expect(check.stderr, e).toContain(e);
    expect(check.stderr).not.toMatch(/EISDIR|RangeError|at .*\.ts:\d+/);
  });

  it('the build refuses the same set, naming each file and field the same way', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CONTENT_DIR: dir, OUT_DIR: join(tempDir(), 'dist') },
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    const out = `${r.stdout}\n${r.stderr}`;
    for (const e of expected) expect(out, e).toContain(e);
    const named = (s: string) => new Set([...s.matchAll(/([\w-]+\.md): ([\w.]+):/g)].map((m) => `${m[1]}: ${m[2]}`));
    expect([...named(out)].sort()).toEqual([...named(check.stderr)].sort());
  });
});
