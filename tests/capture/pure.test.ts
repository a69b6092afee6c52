/** The pure parts of capturing: client redirects, wrapper pages, address lists, Retry-After. */
import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../src/capture/address-list.ts';
import { findReportAttachment } from '../../src/capture/attachment.ts';
import { findClientRedirect } from '../../src/capture/client-redirect.ts';
import { retryAfterMs } from '../../src/capture/retry-after.ts';
import { wrapperContext } from '../../src/capture/wrapper-context.ts';
import { pageHtml } from './pages.ts';

const base = new URL('http://www.example.gov.cn/col/col1/index.html');

describe('client redirects', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0;url=/art/1.html">', 'http://www.example.gov.cn/art/1.html', 'meta-refresh'],
    ["<META HTTP-EQUIV='Refresh' CONTENT='1; URL=../../art/2.html'>", 'http://www.example.gov.cn/art/2.html', 'meta-refresh'],
    ['<script>location.replace("http://example.gov.cn/art/3.html")</script>', 'http://example.gov.cn/art/3.html', 'script'],
    ["<script type='text/javascript'>\n  top.location = 'art/4.html';\n</script>", 'http://www.example.gov.cn/col/col1/art/4.html', 'script'],
  ])('%s', (html, url, via) => {
    expect(findClientRedirect(`<html><head>${html}</head><body></body></html>`, base)).toEqual({ url, via });
  });
  it.each([
    ['another site', '<meta http-equiv="refresh" content="0;url=https://evil.example.org/">'],
    ['a page reloading itself every 5 minutes', '<meta http-equiv="refresh" content="300;url=/art/1.html">'],
    ['a script doing more than redirecting', '<script>var a = 1; location.href = "/x.html";</script>'],
    ['a full page whose script redirects', `<script>location.href = "/x.html";</script>${pageHtml('001.txt')}`],
  ])('not %s', (_name, html) => {
    expect(findClientRedirect(`<html><head>${html}</head><body></body></html>`, base)).toBeUndefined();
  });
});

describe('wrapper pages', () => {
  const wrapper = (links: string, text = '') =>
    `<html><head><title>某某县2023年法治政府建设年度报告</title></head><body><div id="zoom"><p>${text}</p>${links}</div>` +
    '<table><tr><td>索引号：11330000002482870P/2024-00012</td></tr><tr><td>发布机构：某某县人民政府</td></tr><tr><td>发布时间：2024-03-28</td></tr></table></body></html>';
  it('a short page whose attachment is named as the report', () => {
    const html = wrapper('<p>附件：<a href="/att/P020240328.pdf">某某县2023年法治政府建设年度报告.pdf</a></p><p><a href="/att/form.doc">意见反馈表.doc</a></p>', '现将报告全文公布如下。');
    expect(findReportAttachment(html, base)).toMatchObject({ url: 'http://www.example.gov.cn/att/P020240328.pdf', format: 'pdf' });
  });
  it('a short page whose only content is one attachment, whatever its name', () => {
    expect(findReportAttachment(wrapper('<a href="download?id=9">P020240328.docx</a>'), base)).toMatchObject({ format: 'docx' });
  });
  it('a page carrying the report itself is not a wrapper, even with an attachment', () => {
    const html = pageHtml('001.txt').replace('</div>', '<p><a href="/att/report.pdf">河北省2020年度法治政府建设情况报告.pdf</a></p></div>');
    expect(findReportAttachment(html, base)).toBeUndefined();
  });
  it('two unnamed attachments: no guess', () => {
    expect(findReportAttachment(wrapper('<a href="/a.pdf">附件1</a><a href="/b.pdf">附件2</a>'), base)).toBeUndefined();
  });
  it('the wrapper’s metadata is kept as evidence', () => {
    const c = wrapperContext(wrapper('<a href="/a.pdf">报告.pdf</a>'), base.href);
    expect(c).toMatchObject({ title: '某某县2023年法治政府建设年度报告', published: '2024-03-28', url: base.href });
    expect(c.page).toMatchObject({ 发布机构: '某某县人民政府', 索引号: '11330000002482870P/2024-00012' });
  });
});

describe('address lists', () => {
  it('keeps good lines, names junk by line number, skips comments and blanks', () => {
    const { addresses, problems } = parseAddressList(
      '# reports\nhttps://www.a.gov.cn/art/1.html\n\nwww.b.gov.cn/2.html\nhttps://c.gov.cn/x#part  # with a fragment\njavascript:alert(1)\nhttp://u:p@d.gov.cn/\n',
    );
    expect(addresses).toEqual([
      { line: 2, url: 'https://www.a.gov.cn/art/1.html' },
      { line: 5, url: 'https://c.gov.cn/x#part' },
    ]);
    expect(problems.map((p) => p.line)).toEqual([4, 6, 7]);
  });
});

describe('Retry-After', () => {
  it('seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-05T08:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 05 Dec 2026 08:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
