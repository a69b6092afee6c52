/**
 * Converts the text of an HTML document (and its human-readable attributes) with a script
 * converter, leaving tags, scripts, styles and regions marked <!--keep-->…<!--/keep--> untouched.
 * Used at build time to show a traditional-script report's whole page in traditional script,
 * while the report text itself stays exactly as published.
 */
const SPLIT = /(<!--keep-->[\s\S]*?<!--\/keep-->|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]+>)/;
const ATTRS = /(\s(?:title|aria-label|placeholder|alt|content|data-copy-label|data-copied-label)=")([^"]*)(")/g;
// A tag marked data-no-convert keeps its attributes as written: citation meta tags state the frontmatter's values.
const NO_CONVERT = /\sdata-no-convert[\s=>/]/;

export function convertHtml(html: string, convert: (s: string) => string): string {
  return html
    .split(SPLIT)
    .map((part, i) => {
      if (i % 2 === 0) return /\p{Script=Han}/u.test(part) ? convert(part) : part;
      if (part.startsWith('<!--') || part.startsWith('<script') || part.startsWith('<style') || NO_CONVERT.test(part)) return part;
      return part.replace(ATTRS, (_m, a: string, v: string, z: string) => a + (/\p{Script=Han}/u.test(v) ? convert(v) : v) + z);
    })
    .join('');
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** The text a browser makes of an HTML text run or attribute value (the entities Astro writes). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITY[e.toLowerCase()] ?? m),
  );
}

/**
 * The page's text in the other script, as a map from each text run and human-readable attribute
 * value (as the browser's DOM holds it) to its conversion, for the runs that change. Built into
 * the page so that the 简/繁 switch converts it at once, with no dictionary to download. Regions
 * marked <!--keep--> are included: a reader who asks for the other script gets the report text in
 * it too. Scripts, styles and comments are not.
 */
export function conversionMap(html: string, convert: (s: string) => string): Record<string, string> {
  const map: Record<string, string> = {};
  const add = (raw: string) => {
    if (!/\p{Script=Han}/u.test(raw)) return;
    const text = decodeEntities(raw);
    if (text in map) return;
    const converted = convert(text);
    if (converted !== text) map[text] = converted;
  };
  const TEXT = /(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]+>)/;
  html.split(TEXT).forEach((part, i) => {
    if (i % 2 === 0) add(part);
    else if (!part.startsWith('<!--') && !part.startsWith('<script') && !part.startsWith('<style') && !NO_CONVERT.test(part)) {
      for (const m of part.matchAll(ATTRS)) add(m[2]!);
    }
  });
  return map;
}
