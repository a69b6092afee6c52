/**
 * Byte-level input handling: refuse binaries, detect the encoding, decode without mojibake.
 * Order: BOM → strict UTF-8 → charset declared in HTML → GB18030 versus Big5 decided on the text.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export class InputError extends Error {
  /** The option or action that fixes it, named in the message. */
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
  }
}

const strict = (enc: string) => new TextDecoder(enc, { fatal: true });

function tryDecode(bytes: Uint8Array, enc: string): string | undefined {
  try {
    return strict(enc).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True for images, archives, executables and the like: NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

// The most common characters of each script, taken from the code tables themselves: GB2312 level 1
// (3,755 frequent simplified characters, lead bytes B0–D7) and Big5 常用字 (5,401 frequent
// traditional characters, A440–C67E). Text decoded with the wrong table is mostly rare characters.
let commonGb: Set<string> | undefined;
let commonBig5: Set<string> | undefined;

function tableChars(enc: string, leadFrom: number, leadTo: number, trails: number[]): Set<string> {
  const d = new TextDecoder(enc);
  const set = new Set<string>();
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (const t of trails) {
      const ch = d.decode(new Uint8Array([lead, t]));
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch);
    }
  }
  return set;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function commonShare(text: string, common: Set<string>): number {
  let cjk = 0;
  let hits = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      cjk++;
      if (common.has(ch)) hits++;
    }
  }
  return cjk === 0 ? 0 : hits / cjk;
}

/** Decides between GB18030 and Big5 for bytes that are valid in one or both. */
export function chooseGbOrBig5(bytes: Uint8Array): { encoding: 'gb18030' | 'big5'; text: string } | undefined {
  const gb = tryDecode(bytes, 'gb18030');
  const big5 = tryDecode(bytes, 'big5');
  if (gb === undefined && big5 === undefined) return undefined;
  if (big5 === undefined) return { encoding: 'gb18030', text: gb! };
  if (gb === undefined) return { encoding: 'big5', text: big5 };
  commonGb ??= tableChars('gb18030', 0xb0, 0xd7, range(0xa1, 0xfe));
  commonBig5 ??= tableChars('big5', 0xa4, 0xc6, [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]);
  return commonShare(big5, commonBig5) > commonShare(gb, commonGb)
    ? { encoding: 'big5', text: big5 }
    : { encoding: 'gb18030', text: gb };
}

/** Reads a charset declared in the first 2 KB of an HTML page (meta charset or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i);
  return m?.[1]?.toLowerCase();
}

const CHARSET_NAMES: Record<string, Encoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8', gbk: 'gb18030', gb2312: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-big5': 'big5',
};

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/**
 * Decodes raw bytes to NFC text. Throws InputError for an empty, binary or undecodable file;
 * `forced` (from --encoding) skips detection but is still decoded strictly.
 */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty', 'check that the download completed');
  if (looksBinary(bytes)) {
    throw new InputError('the file is binary, not text or HTML', 'import the page saved as .html or its text as .txt');
  }
  const done = (text: string, encoding: Encoding): Decoded => ({ text: text.replace(/^\ufeff/, '').normalize('NFC'), encoding });
  if (forced) {
    const text = tryDecode(bytes, forced);
    if (text === undefined) throw new InputError(`the file is not valid ${forced}`, 'pass the right --encoding, or omit it to detect');
    return done(text, forced);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== undefined) return done(text, 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(strict('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(strict('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return done(utf8, 'utf-8');
  const declared = CHARSET_NAMES[declaredCharset(bytes) ?? ''];
  if (declared) {
    const text = tryDecode(bytes, declared);
    if (text !== undefined) return done(text, declared);
  }
  const chosen = chooseGbOrBig5(bytes);
  if (!chosen) {
    throw new InputError(
      'the file could not be decoded as UTF-8, GB18030/GBK or Big5',
      'pass --encoding utf-8|gb18030|big5 if you know it, or save the page again',
    );
  }
  return done(chosen.text, chosen.encoding);
}
