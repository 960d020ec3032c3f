const ROWS_PER_BAND = 4;
const BUCKET_CAP = 12;

/** The hashes of a hex signature, for fast comparison. */
function signatureValues(signature: string): Uint32Array {
  const values = new Uint32Array(signature.length / 8);
  for (let i = 0; i < values.length; i++) values[i] = Number.parseInt(signature.slice(i * 8, i * 8 + 8), 16);
  return values;
}

/**
 * One signed 32-bit key per LSH band: the band's index and hashes mixed (FNV-1a over the words). Two articles
 * share a key when a band agrees (or, rarely, by collision, which the similarity check then rejects).
 */
function bandKeys(values: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band * ROWS_PER_BAND < values.length; band++) {
    let h = Math.imul(0x811c9dc5 ^ band, 0x01000193);
    for (let i = band * ROWS_PER_BAND; i < (band + 1) * ROWS_PER_BAND && i < values.length; i++)
      h = Math.imul(h ^ values[i]!, 0x01000193);
    // a signed 32-bit key stays a small integer in V8, cheaper to hash than a heap number
    keys.push(h | 0);
  }
  return keys;
}

/**
 * Article numbers under each LSH band key, most recent first: an open-addressing hash table whose keys,
 * chain heads and chain links live in typed arrays. At 100,000 articles it holds 1.6 million entries;
 * as a `Map` of arrays those were objects the garbage collector traced on every major collection.
 */
class BandTable {
  private keys = new Int32Array(1 << 12);
  /** Per slot, the newest entry under its key, or -1 for an empty slot. */
  private heads = new Int32Array(1 << 12).fill(-1);
  private usedSlots = 0;
  /** Per entry: the article number, and the entry under the same key that came before it (or -1). */
  private articles = new Int32Array(1 << 12);
  private previous = new Int32Array(1 << 12);
  private entries = 0;

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      at &= mask;
      if (this.heads[at] === -1 || this.keys[at] === key) return at;
      at++;
    }
  }

  /** Writes the newest article numbers under `key` (at most `into.length`) into `into`; returns how many. */
  newest(key: number, into: Int32Array): number {
    let entry = this.heads[this.slot(key)]!;
    let count = 0;
    while (entry !== -1 && count < into.length) {
      into[count++] = this.articles[entry]!;
      entry = this.previous[entry]!;
    }
    return count;
  }

  add(key: number, article: number): void {
    if ((this.usedSlots + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    if (this.entries === this.articles.length) {
      const articles = new Int32Array(this.entries * 2);
      articles.set(this.articles);
      this.articles = articles;
      const previous = new Int32Array(this.entries * 2);
      previous.set(this.previous);
      this.previous = previous;
    }
    const at = this.slot(key);
    if (this.heads[at] === -1) {
      this.keys[at] = key;
      this.usedSlots++;
    }
    this.articles[this.entries] = article;
    this.previous[this.entries] = this.heads[at]!;
    this.heads[at] = this.entries++;
  }

  private rehash(capacity: number): void {
    const { keys, heads } = this;
    this.keys = new Int32Array(capacity);
    this.heads = new Int32Array(capacity).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (heads[i] === -1) continue;
      const at = this.slot(keys[i]!);
      this.keys[at] = keys[i]!;
      this.heads[at] = heads[i]!;
    }
  }
}

/**
 * Finds, for a new article, an earlier article whose text is nearly the same (a wire copy or a light
 * rewrite), by locality-sensitive hashing of MinHash signatures: candidates share a band, and are kept
 * when the estimated Jaccard similarity reaches `minSimilarity`. Cost per article is bounded by the
 * number of bands times the bucket cap, whatever the corpus size. Articles are numbered in arrival
 * order and their signatures kept in one flat array, so comparing is a scan of adjacent integers.
 */
export class DuplicateIndex {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Number of the original each article copies, or -1. */
  private readonly originals: number[] = [];
  private width = 0;
  private signatures = new Uint32Array(0);
  /** Article numbers per band key; an article is compared with the BUCKET_CAP newest under each key. */
  private readonly buckets = new BandTable();
  private readonly newestUnderKey = new Int32Array(BUCKET_CAP);
  /** Per article number, the last `add` call that compared it (no Set per call). */
  private seenAt = new Uint32Array(0);
  private call = 0;

  constructor(private readonly minSimilarity: number) {}

  /** Adds an article and returns the id of the original it copies (following copies of copies), or null. */
  add(id: string, signature: string): string | null {
    const values = signatureValues(signature);
    const keys = bandKeys(values);
    this.call++;
    // an article added again must not find itself
    const self = this.numbers.get(id) ?? -1;
    let best = -1;
    let bestSimilarity = 0;
    for (const key of keys) {
      // oldest first, so of equally close candidates the earliest is kept
      for (let at = this.buckets.newest(key, this.newestUnderKey) - 1; at >= 0; at--) {
        const other = this.newestUnderKey[at]!;
        if (this.seenAt[other] === this.call || other === self) continue;
        this.seenAt[other] = this.call;
        const similarity = this.agreement(values, other, Math.max(this.minSimilarity, bestSimilarity));
        if (similarity >= this.minSimilarity && similarity > bestSimilarity) {
          best = other;
          bestSimilarity = similarity;
        }
      }
    }
    const original = best < 0 ? -1 : this.originals[best]! >= 0 ? this.originals[best]! : best;
    this.remember(id, values, keys, original);
    return original < 0 ? null : this.ids[original]!;
  }

  /** Records an article whose original is already known (rebuilding the index from a store). */
  restore(id: string, signature: string, duplicateOf: string | null): void {
    const values = signatureValues(signature);
    const original = duplicateOf === null ? -1 : (this.numbers.get(duplicateOf) ?? -1);
    this.remember(id, values, bandKeys(values), original);
  }

  private remember(id: string, values: Uint32Array, keys: readonly number[], original: number): void {
    if (this.numbers.has(id)) return;
    const n = this.ids.length;
    if (this.width === 0) this.width = values.length;
    if ((n + 1) * this.width > this.signatures.length) {
      const grown = new Uint32Array(Math.max(1024, n * 2) * this.width);
      grown.set(this.signatures);
      this.signatures = grown;
      const seen = new Uint32Array(grown.length / this.width);
      seen.set(this.seenAt);
      this.seenAt = seen;
    }
    if (values.length === this.width) this.signatures.set(values, n * this.width);
    this.ids.push(id);
    this.numbers.set(id, n);
    this.originals.push(original);
    for (const key of keys) this.buckets.add(key, n);
  }

  /**
   * Share of MinHash values article `other` has in common with `values`, or 0 as soon as it can no
   * longer reach `atLeast` (most candidates share one band and little else).
   */
  private agreement(values: Uint32Array, other: number, atLeast: number): number {
    if (values.length !== this.width || this.width === 0) return 0;
    const base = other * this.width;
    const allowed = this.width - Math.ceil(atLeast * this.width - 1e-9);
    let differ = 0;
    for (let i = 0; i < this.width; i++) {
      if (values[i] !== this.signatures[base + i] && ++differ > allowed) return 0;
    }
    return (this.width - differ) / this.width;
  }
}
