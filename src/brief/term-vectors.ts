/** Sparse term-weight vectors for comparing sentences (TF-IDF, cosine). */
export type TermVector = Map<string, number>;

const STOPWORDS = new Set(
  "the and for that with from this have has had was were are been its their they them his her she him who which what when where while will would could should into onto over under about after before than then also said says not but all any can our out one two has more most some such only other into very just".split(
    " ",
  ),
);

export function termsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/** TF-IDF vectors of texts, each scaled to unit length. */
export function tfidfVectors(texts: readonly string[][]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of texts)
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return texts.map((terms) => {
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, tf] of vector)
      vector.set(term, tf * Math.log(1 + texts.length / (documentFrequency.get(term) ?? 1)));
    return unit(vector);
  });
}

export function unit(vector: TermVector): TermVector {
  const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  if (norm === 0) return vector;
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

/** Cosine of two unit vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

/** The unit-length sum of vectors: what a set of sentences is mostly about. */
export function centroidOf(vectors: readonly TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const v of vectors) for (const [term, w] of v) sum.set(term, (sum.get(term) ?? 0) + w);
  return unit(sum);
}
