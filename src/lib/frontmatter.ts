/** Markdown files with YAML frontmatter, as the importer writes them and Astro reads them. */
import YAML from 'yaml';

export function toMarkdownFile(data: object, body: string): string {
  const doc = new YAML.Document(data);
  // Astro reads frontmatter as YAML 1.1, where an unquoted 2022-02-14 is a timestamp, 330305 a
  // number, No a boolean and --- a document marker: quote every string that would not read back
  // as the same string, and every string with characters YAML would otherwise escape or fold.
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const plain = YAML.stringify(node.value, { lineWidth: 0 });
      let back: unknown;
      try {
        back = YAML.parse(plain, { version: '1.1' });
      } catch {
        back = undefined;
      }
      if (back !== node.value || /^[\d.:\- ]+$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** Parses as YAML 1.1, as Astro does, so that `npm run check` sees the same values the site will. */
export function parseMarkdownFile(text: string): { data: Record<string, unknown>; body: string } {
  const { yaml, body } = splitMarkdownFile(text);
  const data = YAML.parse(yaml, { version: '1.1' }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('the frontmatter is not a YAML mapping');
  return { data: data as Record<string, unknown>, body };
}

/** The frontmatter's YAML text and the body, unparsed (for a reader that already has the data). */
export function splitMarkdownFile(text: string): { yaml: string; body: string } {
  const m = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
  if (!m) throw new Error('no YAML frontmatter between --- lines');
  return { yaml: m[1]!, body: m[2]!.replace(/^\n/, '') };
}
