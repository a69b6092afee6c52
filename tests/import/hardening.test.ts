/**
 * Issue 13's reproductions, rows 3 to 17 (rows 1 and 2 are browser tests in
 * tests/browser/hostile.test.ts): a careless maintainer's or an attacker's input, and what the
 * archive does with it. Each failed before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogRows, toCsv } from '../../src/lib/catalog.ts';
import { feedText } from '../../src/lib/feed-text.ts';
import { parseMarkdownFile, toMarkdownFile } from '../../src/lib/frontmatter.ts';
import { gazetteer } from '../../src/lib/gazetteer-data.ts';
import { readReport, rawPublishedName } from '../../src/lib/read-report.ts';
import { renderReport } from '../../src/lib/render-report.ts';
import { readReportFile } from '../../src/search/read-report.ts';
import { RAW } from '../fixtures/seeds.ts';
import { ROOT, runCheck, runImport, tempDir } from '../helpers.ts';

const GOOD = join(RAW, '003_ced26390e78030fa.txt');
const ZHONGXIAN = readFileSync(join(ROOT, 'content/reports/500233-2021-gov.md'), 'utf8');
const edit = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`fixture has no “${from}”`);
  return text.replace(from, to);
};
const REPORT_TEXT = '2022年，会同县坚持以习近平法治思想为指导，全面推进依法行政，法治政府建设取得新成效。会同县人民政府严格落实党政主要负责人履行推进法治建设第一责任人职责。现将有关情况报告如下。';

/** A copy of the bundled content, to corrupt. */
function contentCopy(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

describe('row 3: the indexer reads what check reads', () => {
  it('a YAML comment after the year is the year for check and for the search indexer alike', () => {
    const text = edit(ZHONGXIAN, 'year: 2021', 'year: 2021 # 注释');
    expect(readReport(text, '500233-2021-gov').ok).toBe(true);
    const dir = tempDir();
    writeFileSync(join(dir, '500233-2021-gov.md'), text);
    expect(readReportFile(join(dir, '500233-2021-gov.md')).data.year).toBe(2021);
  });
  it('a 1,400-character title is refused by check, by field; the importer does not take one from <meta>', () => {
    const long = '法治'.repeat(700);
    const r = readReport(edit(ZHONGXIAN, 'title: 忠县人民政府2021年法治政府建设年度报告', `title: ${long}`), '500233-2021-gov');
    expect(r.ok || r.problems.map((p) => p.field)).toEqual(['title']);
    const dir = tempDir();
    const page = join(dir, 'long.html');
    writeFileSync(page, `<html><head><meta name="ArticleTitle" content="${long}"></head><body><div id="zoom"><p>会同县2022年法治政府建设情况报告</p><p>${REPORT_TEXT}</p></div></body></html>`);
    const imported = runImport(['--dry-run', '--json', '--content', join(dir, 'c'), page]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)[0].title).toBe('会同县2022年法治政府建设情况报告');
  });
});

describe('row 4: dates are real calendar dates', () => {
  it('--archived 2026-99-99 is refused with one line naming the flag', () => {
    const r = runImport(['--dry-run', '--archived', '2026-99-99', GOOD]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: --archived takes a real date written YYYY-MM-DD, not “2026-99-99”\nUsage: /);
  });
  it('check refuses source.archived 2026-99-99 and published 2024-02-30 by field', () => {
    const bad = edit(edit(ZHONGXIAN, 'archived: "2026-11-21"', 'archived: "2026-99-99"'), 'published: "2022-02-14"', 'published: "2024-02-30"');
    const r = readReport(bad, '500233-2021-gov');
    expect(r.ok || r.problems.map((p) => p.field).sort()).toEqual(['published', 'source.archived']);
  });
});

describe('row 5: JSON on a pipe is complete', () => {
  it('99 files, --dry-run --json, read through a pipe, parse as one JSON array', () => {
    const dir = tempDir();
    const files = Array.from({ length: 99 }, (_, i) => {
      const f = join(dir, `r${i}.txt`);
      writeFileSync(f, `${readFileSync(GOOD, 'utf8')}\n（副本 ${i}）`);
      return f;
    });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'scripts/import.ts')}" --dry-run --json --content "${join(dir, 'c')}" "$@" | cat`, 'sh', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect(JSON.parse(r.stdout)).toHaveLength(99);
  });
});

describe('row 6: a raw path that is not a file name', () => {
  it('raw: raw/.. is named by check (no EISDIR crash)', () => {
    const dir = contentCopy();
    const f = join(dir, 'reports/500233-2021-gov.md');
    writeFileSync(f, edit(readFileSync(f, 'utf8'), 'raw: raw/003_ced26390e78030fa.txt', 'raw: raw/..'));
    const r = runCheck(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/500233-2021-gov\.md: source\.raw: a file name under raw\//);
    expect(r.stderr).not.toMatch(/EISDIR|at .*\.ts:\d+/);
  });
});

describe('row 7: an import is all or nothing, and a crash leaves nothing check misses', () => {
  const strace = '/usr/bin/strace';
  it('SIGKILL between the two renames: check names the orphaned raw file and the stray temp file; importing again completes it', () => {
    expect(existsSync(strace), 'strace is needed (apt-get install -y strace)').toBe(true);
    const content = join(tempDir(), 'content');
    const r = spawnSync(strace, ['-f', '-qq', '-o', '/dev/null', '-e', 'inject=rename:signal=SIGKILL:when=2', process.execPath, join(ROOT, 'scripts/import.ts'), '--content', content, GOOD], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(readdirSync(join(content, 'raw'))).toEqual(['003_ced26390e78030fa.txt']);
    expect(existsSync(join(content, 'reports/500233-2021-gov.md'))).toBe(false);
    const check = runCheck(content);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/content\/raw\/003_ced26390e78030fa\.txt: no report refers to this raw original/);
    expect(check.stderr).toMatch(/\.staging\/500233-2021-gov\.md\.\d+\.tmp: a temporary file left by an interrupted import/);
    expect(runImport(['--content', content, GOOD]).status).toBe(0);
    const after = runCheck(content);
    expect(after.stderr).not.toMatch(/no report refers/);
  });
  it('--replace removes the raw original it replaced', () => {
    const content = join(tempDir(), 'content');
    expect(runImport(['--content', content, GOOD]).status).toBe(0);
    const copy = join(tempDir(), 'zhongxian-v2.txt');
    writeFileSync(copy, `${readFileSync(GOOD, 'utf8')}\n附：修订版。`);
    const r = runImport(['--content', content, '--replace', copy]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(content, 'raw'))).toEqual(['zhongxian-v2.txt']);
    expect(runCheck(content).status).toBe(0);
  });
});

describe('row 8: every string reads back as the same string', () => {
  it('<meta ContentSource="No">, --publisher yes, --title 1_000 are written so they stay strings', () => {
    const dir = tempDir();
    const page = join(dir, 'p.html');
    writeFileSync(page, `<html><head><meta name="ContentSource" content="No"></head><body><div id="zoom"><p>${REPORT_TEXT}</p></div></body></html>`);
    const content = join(dir, 'content');
    const r = runImport(['--content', content, '--publisher', 'yes', '--title', '1_000', page]);
    expect(r.status, r.stderr).toBe(0);
    const [file] = readdirSync(join(content, 'reports'));
    const { data } = parseMarkdownFile(readFileSync(join(content, 'reports', file!), 'utf8'));
    expect([data.publisher, data.title, (data.page as Record<string, unknown>)['信息来源']]).toEqual(['yes', '1_000', 'No']);
    expect(runCheck(content).status).toBe(0);
  });

  // Hostile values: YAML 1.1 and 1.2 look-alikes, markers, quotes, escapes, long and multi-line text.
  const HOSTILE = [
    'No', 'yes', 'on', 'OFF', 'y', '~', 'null', 'true', '1_000', '0x1F', '0o17', '012', '1e3', '.inf', '.NaN', '+1', '2024-02-30', '法治'.repeat(90),
    '12:30:00', '---', '...', '- a', ': x', 'a: b', '#c', '? q', '&anchor', '*alias', '!tag', '%YAML', '@x', '`x`', '{a: 1}', '[a]',
    '|', '>', "'q'", '"d"', '\\n', 'a\\tb', ' lead', 'trail ', '中文: 值', '＝全角', '=HYPERLINK("x")', '…',
  ];
  it.each(HOSTILE.map((v) => [v]))('%j is written, read back equal, and passes check', (v) => {
    // Another body: the report's figures, which quote its own text, are left out.
    const { figures: _figures, ...d } = parseMarkdownFile(ZHONGXIAN).data as Record<string, any>;
    const data = { ...d, publisher: v, source: { ...d.source, compilation: v } };
    const text = toMarkdownFile(data, '## 一、正文\n\n忠县坚持依法行政。');
    const back = parseMarkdownFile(text).data as Record<string, any>;
    expect([back.publisher, back.source.compilation]).toEqual([v, v]);
    const read = readReport(text, '500233-2021-gov');
    // A value the schema refuses (surrounding space) is refused by field, never misread.
    if (v !== v.trim()) expect(!read.ok && read.problems.map((p) => p.field)).toEqual(['publisher', 'source.compilation']);
    else expect(read.ok, JSON.stringify(!read.ok && read.problems)).toBe(true);
  });
  it('multi-line, control-character and over-long values read back equal, and check names the field', () => {
    // Another body: the report's figures, which quote its own text, are left out.
    const { figures: _figures, ...d } = parseMarkdownFile(ZHONGXIAN).data as Record<string, any>;
    const long = '法治'.repeat(700);
    const text = toMarkdownFile({ ...d, title: long }, '正文忠县。');
    expect((parseMarkdownFile(text).data as Record<string, unknown>).title).toBe(long);
    const read = readReport(text, '500233-2021-gov');
    expect(!read.ok && read.problems.map((p) => [p.field, p.message])).toEqual([['title', 'at most 300 characters']]);
    for (const v of ['第一行\n第二行', 'a\u0008b', 'a\u007fb']) {
      const text = toMarkdownFile({ ...d, title: v }, '正文忠县。');
      expect((parseMarkdownFile(text).data as Record<string, unknown>).title).toBe(v);
      const read = readReport(text, '500233-2021-gov');
      if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(v)) expect(!read.ok && read.problems.map((p) => p.field)).toEqual(['title']);
    }
  });
});

describe('row 9: argument errors are one line with usage', () => {
  it.each([
    [['--title', '---', GOOD]],
    [['-x.txt']],
    [['--no-such-flag', GOOD]],
  ])('%j', (args) => {
    const r = runImport(args);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: .*--title=---.*\.\/-x\.txt/);
    expect(lines[1]).toMatch(/^Usage: npm run import/);
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|at .*node:/);
  });
});

describe('row 9, every maintainer command: an unknown flag is one error line with the usage, never a stack trace', () => {
  it.each(['import', 'capture', 'watch', 'figures', 'deploy'])('npm run %s -- --no-such-flag', (command) => {
    const r = spawnSync(process.execPath, [join(ROOT, `scripts/${command}.ts`), '--no-such-flag'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: .*--no-such-flag/);
    expect(lines[1]).toMatch(new RegExp(`^Usage: npm run ${command}`));
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|at .*node:/);
  });
});

describe('row 10: very deep or very wide HTML', () => {
  it.each([
    ['2,000 nested <div>s', `<html><body>${'<div>'.repeat(2000)}<p>${REPORT_TEXT}</p><p>${REPORT_TEXT}</p>${'</div>'.repeat(2000)}</body></html>`],
    ['130,000 sibling <p>s', `<html><body><div id="zoom">${`<p>${REPORT_TEXT}</p>`.repeat(130_000)}</div></body></html>`],
  ])('%s imports, with no stack overflow', (_name, html) => {
    const dir = tempDir();
    const page = join(dir, 'big.html');
    writeFileSync(page, html);
    const r = runImport(['--dry-run', '--json', '--content', join(dir, 'c'), page]);
    expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].region.code).toBe('431225');
  });
});

describe('row 11: inputs that are not files', () => {
  it.each([['/dev/zero'], ['a FIFO']])('%s is refused at once, and the other files still import', (what) => {
    const dir = tempDir();
    let path = what;
    if (what === 'a FIFO') {
      path = join(dir, 'pipe.txt');
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
    }
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), '--dry-run', '--content', join(dir, 'c'), path, GOOD], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.stderr).toMatch(new RegExp(`error: ${path}: is not a regular file.*Fix: `));
    expect(r.stderr).toMatch(/would import 1 reports .* 1 files failed/);
  });
});

describe('rows 13 and 14: feeds and CSV escape what their formats need', () => {
  it('a title with a control character or markup goes to the feed as well-formed, escaped text', () => {
    expect(feedText('报告\u0008<b>全文</b> & 附件 ]]>')).toBe('报告&lt;b&gt;全文&lt;/b&gt; &amp; 附件 ]]&gt;');
    const r = readReport(edit(ZHONGXIAN, 'title: 忠县人民政府2021年法治政府建设年度报告', 'title: "忠县\\b报告"'), '500233-2021-gov');
    expect(!r.ok && r.problems.map((p) => [p.field, p.message])).toEqual([['title', 'contains a control character']]);
  });
  it('a title that a spreadsheet would run as a formula is written as text', () => {
    const d = readReport(ZHONGXIAN, '500233-2021-gov');
    if (!d.ok) throw new Error('fixture');
    const data = { ...d.report.data, title: '=HYPERLINK("https://evil.example/","x")', publisher: '@SUM(A1)' };
    const csv = toCsv(catalogRows([{ id: '500233-2021-gov', data } as never], gazetteer(), (p) => `https://a.example/${p}`));
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });
});

describe('row 15: check refuses what the build would misread', () => {
  it('an unknown field, a file name that disagrees with the id, published 2024-02-30', () => {
    const unknown = readReport(edit(ZHONGXIAN, 'script: Hans', 'script: Hans\nsummery: 拼错的字段'), '500233-2021-gov');
    expect(!unknown.ok && unknown.problems.map((p) => p.field)).toEqual(['frontmatter']);
    expect(!unknown.ok && unknown.problems[0]!.message).toMatch(/summery/);
    const renamed = readReport(ZHONGXIAN, '330305-2020-gov');
    expect(!renamed.ok && renamed.problems.map((p) => p.field)).toEqual(['region', 'year']);
  });
});

describe('row 16: an address in a sentence links the address only', () => {
  it('网站：www.hzbj.gov.cn政务公开栏目，欢迎监督。', async () => {
    const dir = tempDir();
    const f = join(dir, 'r.md');
    writeFileSync(f, '---\ntitle: x\n---\n\n网站：www.hzbj.gov.cn政务公开栏目，欢迎监督。\n');
    const { html } = await renderReport(f, {});
    expect(html).toBe('<p>网站：<a href="http://www.hzbj.gov.cn">www.hzbj.gov.cn</a>政务公开栏目，欢迎监督。</p>\n');
  });
});

describe('row 17: no dotfile is ever kept or published', () => {
  it('an input named .htaccess is kept as htaccess and published as htaccess.txt', () => {
    const dir = tempDir();
    const f = join(dir, '.htaccess');
    writeFileSync(f, readFileSync(GOOD));
    const content = join(dir, 'content');
    mkdirSync(content);
    const r = runImport(['--content', content, f]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(content, 'raw'))).toEqual(['htaccess']);
    expect(rawPublishedName('raw/htaccess')).toBe('htaccess.txt');
    const md = readFileSync(join(content, 'reports/500233-2021-gov.md'), 'utf8');
    expect(md).toMatch(/originalName: \.htaccess/);
    expect(runCheck(content).status).toBe(0);
  });
});
