/**
 * Converts the text of an HTML document (and its human-readable attributes) with a script
 * converter, leaving tags, scripts, styles and regions marked <!--keep-->…<!--/keep--> untouched.
 * Used at build time to show a traditional-script report's whole page in traditional script,
 * while the report text itself stays exactly as published.
 */
const SPLIT = /(<!--keep-->[\s\S]*?<!--\/keep-->|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]+>)/;
const ATTRS = /(\s(?:title|aria-label|placeholder|alt|content|data-copy-label|data-copied-label)=")([^"]*)(")/g;

export function convertHtml(html: string, convert: (s: string) => string): string {
  return html
    .split(SPLIT)
    .map((part, i) => {
      if (i % 2 === 0) return /\p{Script=Han}/u.test(part) ? convert(part) : part;
      if (part.startsWith('<!--') || part.startsWith('<script') || part.startsWith('<style')) return part;
      return part.replace(ATTRS, (_m, a: string, v: string, z: string) => a + (/\p{Script=Han}/u.test(v) ? convert(v) : v) + z);
    })
    .join('');
}
