const ROWS_PER_BAND = 4;
const BUCKET_CAP = 24;

/** Where the duplicate index keeps its LSH buckets and signatures (in memory here; a store may persist it). */
export interface DuplicateBuckets {
  bucket(key: number): readonly string[];
  setBucket(key: number, ids: string[]): void;
  signatureOf(id: string): Uint32Array | undefined;
  duplicateOf(id: string): string | null;
  remember(id: string, signature: string, duplicateOf: string | null): void;
}

export class InMemoryDuplicateBuckets implements DuplicateBuckets {
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, { signature: Uint32Array; duplicateOf: string | null }>();
  bucket(key: number): readonly string[] {
    return this.buckets.get(key) ?? [];
  }
  setBucket(key: number, ids: string[]): void {
    this.buckets.set(key, ids);
  }
  signatureOf(id: string): Uint32Array | undefined {
    return this.signatures.get(id)?.signature;
  }
  duplicateOf(id: string): string | null {
    return this.signatures.get(id)?.duplicateOf ?? null;
  }
  remember(id: string, signature: string, duplicateOf: string | null): void {
    this.signatures.set(id, { signature: signatureValues(signature), duplicateOf });
  }
}

/** The hashes of a hex signature, for fast comparison. */
function signatureValues(signature: string): Uint32Array {
  const values = new Uint32Array(signature.length / 8);
  for (let i = 0; i < values.length; i++) values[i] = Number.parseInt(signature.slice(i * 8, i * 8 + 8), 16);
  return values;
}

function agreement(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * One 32-bit key per LSH band: the band's index and hashes mixed (FNV-1a over the words). Two articles
 * share a key when a band agrees (or, rarely, by collision, which the similarity check then rejects).
 */
function bandKeys(values: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band * ROWS_PER_BAND < values.length; band++) {
    let h = Math.imul(0x811c9dc5 ^ band, 0x01000193);
    for (let i = band * ROWS_PER_BAND; i < (band + 1) * ROWS_PER_BAND && i < values.length; i++)
      h = Math.imul(h ^ values[i]!, 0x01000193);
    keys.push(h >>> 0);
  }
  return keys;
}

/**
 * Finds, for a new article, an earlier article whose text is nearly the same (a wire copy or a light
 * rewrite), by locality-sensitive hashing of MinHash signatures: candidates share a band, and are kept
 * when the estimated Jaccard similarity reaches `minSimilarity`. Cost per article is bounded by the
 * number of bands times the bucket cap, whatever the corpus size.
 */
export class DuplicateIndex {
  constructor(
    private readonly minSimilarity: number,
    private readonly buckets: DuplicateBuckets = new InMemoryDuplicateBuckets(),
  ) {}

  /** Adds an article and returns the id of the original it copies (following copies of copies), or null. */
  add(id: string, signature: string): string | null {
    const values = signatureValues(signature);
    const keys = bandKeys(values);
    let best: { id: string; similarity: number } | null = null;
    const seen = new Set<string>();
    for (const key of keys) {
      for (const other of this.buckets.bucket(key)) {
        if (other === id || seen.has(other)) continue;
        seen.add(other);
        const otherSignature = this.buckets.signatureOf(other);
        if (otherSignature === undefined) continue;
        const similarity = agreement(values, otherSignature);
        if (similarity >= this.minSimilarity && (best === null || similarity > best.similarity)) {
          best = { id: other, similarity };
        }
      }
    }
    const original = best === null ? null : (this.buckets.duplicateOf(best.id) ?? best.id);
    this.restore(id, signature, original);
    return original;
  }

  /** Records an article whose original is already known (rebuilding the index from a store). */
  restore(id: string, signature: string, duplicateOf: string | null): void {
    this.buckets.remember(id, signature, duplicateOf);
    for (const key of bandKeys(signatureValues(signature))) {
      const ids = [...this.buckets.bucket(key).filter((x) => x !== id), id];
      this.buckets.setBucket(key, ids.length > BUCKET_CAP ? ids.slice(-BUCKET_CAP) : ids);
    }
  }
}
