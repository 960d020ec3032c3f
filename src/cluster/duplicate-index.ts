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
  /**
   * Article numbers per band key, the most recent last, at most BUCKET_CAP. Most keys hold one article,
   * kept as a bare number (an array per key would dominate the index's memory).
   */
  private readonly buckets = new Map<number, number | number[]>();
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
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      const count = typeof bucket === "number" ? 1 : bucket.length;
      for (let at = 0; at < count; at++) {
        const other = typeof bucket === "number" ? bucket : bucket[at]!;
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
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, n);
      else if (typeof bucket === "number") this.buckets.set(key, [bucket, n]);
      else {
        bucket.push(n);
        if (bucket.length > BUCKET_CAP) bucket.shift();
      }
    }
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
