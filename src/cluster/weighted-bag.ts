/** A sparse weighted bag of keys (terms, names, figures) compared by IDF-weighted cosine. */
export type Bag = Map<string, number>;

export type Idf = (key: string) => number;

/** Euclidean norm of a bag once each weight is multiplied by its key's IDF. */
export function bagNorm(bag: Bag, idf: Idf): number {
  let sum = 0;
  for (const [key, weight] of bag) {
    const w = weight * idf(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** IDF-weighted cosine of an article bag against a story bag whose (IDF-weighted) norm is cached. */
export function bagCosine(
  article: Bag,
  articleNorm: number,
  story: Bag,
  storyNorm: number,
  idf: Idf,
): number {
  if (articleNorm === 0 || storyNorm === 0) return 0;
  let dot = 0;
  for (const [key, weight] of article) {
    const other = story.get(key);
    if (other === undefined) continue;
    const w = idf(key);
    dot += weight * other * w * w;
  }
  return dot / (articleNorm * storyNorm);
}

/** Adds `scale` times `source` into `target`. */
export function addInto(target: Bag, source: Bag, scale = 1): void {
  for (const [key, weight] of source) target.set(key, (target.get(key) ?? 0) + weight * scale);
}

/** Keeps the `limit` keys with the largest IDF-weighted weight (bounded memory per story). */
export function keepTop(bag: Bag, limit: number, idf: Idf): Bag {
  if (bag.size <= limit) return bag;
  const ranked = [...bag].map(([key, weight]) => ({ key, weight, rank: weight * idf(key) }));
  ranked.sort((a, b) => b.rank - a.rank);
  return new Map(ranked.slice(0, limit).map(({ key, weight }) => [key, weight]));
}

/** A bag of unit length (without IDF) from key counts, using 1 + log(count) per key. */
export function unitBag(keys: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const key of keys) bag.set(key, (bag.get(key) ?? 0) + 1);
  let sum = 0;
  for (const [key, count] of bag) {
    const w = 1 + Math.log(count);
    bag.set(key, w);
    sum += w * w;
  }
  const norm = Math.sqrt(sum);
  for (const [key, w] of bag) bag.set(key, w / norm);
  return bag;
}
