/** A sparse weighted bag of keys (terms, names, figures) compared by IDF-weighted cosine. */
/** Keys are strings where features are described, and vocabulary ids (see `ClusterState.keyId`) inside the clusterer. */
export type Bag<K = string> = Map<K, number>;

export type Idf<K = string> = (key: K) => number;

/** Euclidean norm of a bag once each weight is multiplied by its key's IDF. */
export function bagNorm<K>(bag: Bag<K>, idf: Idf<K>): number {
  let sum = 0;
  for (const [key, weight] of bag) {
    const w = weight * idf(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** An article bag with each weight multiplied by its key's squared IDF, ready for dot products. */
export function idfSquared<K>(bag: Bag<K>, idf: Idf<K>): Bag<K> {
  const out: Bag<K> = new Map();
  for (const [key, weight] of bag) {
    const w = idf(key);
    out.set(key, weight * w * w);
  }
  return out;
}

/**
 * IDF-weighted cosine of an article bag (given as `idfSquared`, with its IDF-weighted norm) against a
 * story bag whose IDF-weighted norm is cached. Walks the story bag, which is bounded in size.
 */
export function bagCosine<K>(article: Bag<K>, articleNorm: number, story: Bag<K>, storyNorm: number): number {
  if (articleNorm === 0 || storyNorm === 0) return 0;
  let dot = 0;
  for (const [key, weight] of story) {
    const other = article.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return dot / (articleNorm * storyNorm);
}

/** The `count` keys of a bag with the largest IDF-weighted weight, best first. */
export function topKeys<K>(bag: Bag<K>, count: number, idf: Idf<K>): K[] {
  const top: [K, number][] = [];
  for (const [key, weight] of bag) {
    const rank = weight * idf(key);
    if (top.length < count) top.push([key, rank]);
    else if (rank > top[top.length - 1]![1]) top[top.length - 1] = [key, rank];
    else continue;
    top.sort((a, b) => b[1] - a[1]);
  }
  return top.map(([key]) => key);
}

/** Adds `scale` times `source` into `target`. */
export function addInto<K>(target: Bag<K>, source: Bag<K>, scale = 1): void {
  for (const [key, weight] of source) target.set(key, (target.get(key) ?? 0) + weight * scale);
}

/** Keeps the `limit` keys with the largest IDF-weighted weight (bounded memory per story). */
export function keepTop<K>(bag: Bag<K>, limit: number, idf: Idf<K>): Bag<K> {
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
