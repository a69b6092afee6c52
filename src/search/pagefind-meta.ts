/**
 * Reads where each chunk of a Pagefind index begins, from the index's metadata file
 * (pagefind.*.pf_meta, gunzipped by the caller), so that the search page can load every chunk a
 * prefix lookup needs: Pagefind itself loads only the one chunk whose word range holds the typed
 * prefix, and would miss the words that continue in the next chunk (docs/search-index.md).
 *
 * The file is Pagefind's "pagefind_dcd" signature and a CBOR array whose third item lists the
 * chunks as [from, to, hash]. Pure; the CBOR reader is only what that file uses (definite
 * lengths, integers, strings, arrays, maps), written here rather than taken as a dependency.
 */
const SIGNATURE = 'pagefind_dcd';

/** Decodes one CBOR item at `at`; returns it and where the next begins. */
function item(b: Uint8Array, at: number): [unknown, number] {
  const major = b[at]! >> 5;
  const info = b[at]! & 31;
  let p = at + 1;
  let n: number;
  if (info < 24) n = info;
  else if (info === 24) n = b[p++]!;
  else if (info === 25) (n = (b[p]! << 8) | b[p + 1]!), (p += 2);
  else if (info === 26) (n = ((b[p]! << 24) >>> 0) + ((b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!)), (p += 4);
  else if (info === 27) {
    n = 0;
    for (let k = 0; k < 8; k++) n = n * 256 + b[p + k]!;
    p += 8;
  } else throw new Error(`pf_meta: CBOR item ${b[at]!.toString(16)} at byte ${at} is not one this reader knows`);
  switch (major) {
    case 0:
      return [n, p];
    case 1:
      return [-1 - n, p];
    case 2:
      return [b.subarray(p, p + n), p + n];
    case 3:
      return [new TextDecoder().decode(b.subarray(p, p + n)), p + n];
    case 4: {
      const out: unknown[] = [];
      for (let k = 0; k < n; k++) {
        const [v, next] = item(b, p);
        out.push(v);
        p = next;
      }
      return [out, p];
    }
    case 5: {
      const out = new Map<unknown, unknown>();
      for (let k = 0; k < n; k++) {
        const [key, afterKey] = item(b, p);
        const [v, next] = item(b, afterKey);
        out.set(key, v);
        p = next;
      }
      return [out, p];
    }
    default:
      throw new Error(`pf_meta: CBOR major type ${major} at byte ${at} is not one this reader knows`);
  }
}

/** The first word (as Pagefind shortened it) of each chunk of the index, in the index's order. */
export function chunkStarts(meta: Uint8Array): string[] {
  const head = new TextDecoder().decode(meta.subarray(0, SIGNATURE.length));
  if (head !== SIGNATURE) throw new Error(`pf_meta: does not begin with ${SIGNATURE}`);
  const [root] = item(meta, SIGNATURE.length);
  const chunks = Array.isArray(root) ? root[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string')) {
    throw new Error('pf_meta: no list of index chunks where Pagefind 1.6 writes it');
  }
  return chunks.map((c: string[]) => c[0]!);
}
