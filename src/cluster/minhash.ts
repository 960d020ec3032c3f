/** MinHash signatures over word shingles: a compact sketch whose agreement estimates Jaccard similarity. */

export const SIGNATURE_HASHES = 64;
const SHINGLE_WORDS = 3;

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A strong 32-bit mix (murmur3 finaliser) of a value with a per-hash seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

function shingles(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length > 0) out.add(hashString(words.join(" ")));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  return out;
}

/** The MinHash signature of a text as hex (8 hex digits per hash); empty text gives all `f`. */
export function signature(text: string): string {
  const mins = new Array<number>(SIGNATURE_HASHES).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    for (let i = 0; i < SIGNATURE_HASHES; i++) {
      const h = mix(shingle, SEEDS[i]!);
      if (h < mins[i]!) mins[i] = h;
    }
  }
  return mins.map((m) => m.toString(16).padStart(8, "0")).join("");
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (share of equal hashes). */
export function signatureSimilarity(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  const n = a.length / 8;
  for (let i = 0; i < a.length; i += 8) {
    if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  }
  return same / n;
}
