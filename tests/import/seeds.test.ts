import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED, RAW, SEED_FILES } from '../fixtures/seeds.ts';
import { ROOT, runImport, tempDir } from '../helpers.ts';

const seeds = SEED_FILES.map((f) => join(RAW, f));

describe('npm run import -- --dry-run --json on the five raw seeds', () => {
  // An empty content folder, so that every report is new rather than already archived.
  const r = runImport(['--dry-run', '--json', '--content', tempDir(), ...seeds]);
  const found = JSON.parse(r.stdout) as any[];

  it('finds 28 reports and exits 0', () => {
    expect(r.status).toBe(0);
    expect(found).toHaveLength(28);
    expect(r.stderr).toMatch(/would import 28 reports .* from 5 files; 0 files failed/);
  });

  it.each(EXPECTED.map((e) => [e.id, e] as const))('%s matches the fixtures table', (id, e) => {
    const got = found.find((f) => f.id === id);
    expect(got, `no report ${id}; got ${found.map((f) => f.id).join(' ')}`).toBeDefined();
    expect(got.file.endsWith(e.file)).toBe(true);
    expect(got.source.part?.index).toBe(e.part);
    expect(got.region.code).toBe(e.region);
    expect(got.year).toBe(e.year);
    expect(got.level).toBe(e.level);
    expect(got.issuer).toBe(e.issuer);
    expect(got.kind).toBe(e.kind);
    expect(got.publisher).toBe(e.publisher);
    expect(got.title).toBe(e.title);
    expect(got.titleSupplied).toBe(e.titleSupplied ?? false);
    expect(got.script).toBe(e.script ?? 'Hans');
    expect(got.published).toBe(e.published ?? null);
    expect(got.author).toBe(e.author ?? null);
    expect(got.chars).toBeGreaterThan(300);
  });

  it('names the region path from the gazetteer', () => {
    const dongtou = found.find((f) => f.id === '330305-2020-sfj');
    expect(dongtou.region).toEqual({ code: '330305', name: '洞头区', province: '浙江省', prefecture: '温州市', county: '洞头区' });
    const zhongxian = found.find((f) => f.id === '500233-2021-gov');
    expect(zhongxian.region).toEqual({ code: '500233', name: '忠县', province: '重庆市', prefecture: null, county: '忠县' });
  });

  it('warns that contents entry 17 (滁州市) disagrees with its article (灵台县)', () => {
    const lingtai = found.find((f) => f.id === '620822-2022-gov');
    expect(lingtai.warnings.join(' ')).toMatch(/滁州市.*灵台县/);
    expect(r.stderr).toMatch(/620822-2022-gov: the toc names 滁州市/);
  });

  it('keeps the traditional report as published', () => {
    const binjiang = readFileSync(join(ROOT, 'content/reports/330108-2020-gov.md'), 'utf8');
    expect(binjiang).toContain('全麵履行政府職能');
    expect(binjiang).toContain('杭州市濱江區');
  });
});

describe('the bundled corpus', () => {
  it('is exactly what the importer makes from content/raw (the import is reproducible)', () => {
    const dir = tempDir();
    const r = runImport(['--content', dir, '--archived', '2026-11-21', ...seeds]);
    expect(r.status, r.stderr).toBe(0);
    const bundled = readdirSync(join(ROOT, 'content/reports')).sort();
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(bundled);
    for (const f of bundled) {
      expect(readFileSync(join(dir, 'reports', f), 'utf8'), f).toBe(readFileSync(join(ROOT, 'content/reports', f), 'utf8'));
    }
    for (const f of SEED_FILES) expect(readFileSync(join(dir, 'raw', f)).equals(readFileSync(join(RAW, f)))).toBe(true);
  });

  it('importing the same files again changes nothing', () => {
    const dir = tempDir();
    runImport(['--content', dir, ...seeds]);
    const before = readdirSync(join(dir, 'reports')).map((f) => readFileSync(join(dir, 'reports', f), 'utf8'));
    const again = runImport(['--content', dir, '--archived', '2030-01-01', ...seeds]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/imported 0 reports \(0 replaced, 28 unchanged\)/);
    const after = readdirSync(join(dir, 'reports')).map((f) => readFileSync(join(dir, 'reports', f), 'utf8'));
    expect(after).toEqual(before);
  });
});
