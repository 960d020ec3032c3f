import {
  type ClusterSettings,
  signature as minhashSignature,
  StoryClusterer,
  type StoryEvidence,
  type WeightedEvidence,
} from "../src/cluster/index.js";
import type { ClusterDataset } from "./cluster-data.js";

/** Evidence weighted on its own (the main effects). */
export const MAIN_FEATURES: readonly WeightedEvidence[] = [
  "cosine",
  "names",
  "numbers",
  "placeConflict",
  "placeShared",
  "yearConflict",
  "weekdayConflict",
  "termNovelty",
  "nameNovelty",
  "storyNameNovelty",
  "storyNumberNovelty",
  "storySize",
  "dated",
  "dateNear",
  "dateGap",
];

/** Evidence weighted again when article and story are both dated (what words are worth with dates). */
export const DATED_FEATURES: readonly WeightedEvidence[] = [
  "cosine",
  "names",
  "numbers",
  "termNovelty",
  "nameNovelty",
  "yearConflict",
  "placeShared",
  "placeConflict",
  "storySize",
];

/** One article-versus-candidate-story example: the evidence as a vector, and whether it is the right story. */
interface Example {
  x: number[];
  y: 0 | 1;
  weight: number;
}

function vector(evidence: StoryEvidence): number[] {
  const dated = evidence.dated;
  return [...MAIN_FEATURES.map((k) => evidence[k]), ...DATED_FEATURES.map((k) => dated * evidence[k])];
}

/** Candidates per article kept as examples: those closest in words and names (the decisions that are hard). */
const HARD_CANDIDATES = 10;

const signatures = new Map<string, string>();

function signatureOf(dataset: ClusterDataset, id: string, text: string): string {
  const key = `${dataset.name}\u0000${id}`;
  let sig = signatures.get(key);
  if (sig === undefined) {
    sig = minhashSignature(text);
    signatures.set(key, sig);
  }
  return sig;
}

/**
 * Examples from replaying a data set's arrival orders with the right answers ("teacher forcing"): each
 * article is compared with every candidate story the index offers (each story holding only articles of
 * one gold event), then placed in its own event's story. A candidate is positive when it is that story.
 */
export function collectExamples(
  dataset: ClusterDataset,
  settings: ClusterSettings,
  keep: (id: string) => boolean,
  orders: number,
): Example[] {
  const examples: Example[] = [];
  for (const order of dataset.orders.slice(0, orders)) {
    const clusterer = new StoryClusterer(settings);
    for (const article of order) {
      if (!keep(article.id)) continue;
      const gold = `gold:${dataset.gold.get(article.id) ?? article.id}`;
      const candidates = clusterer
        .explain(article)
        .sort((a, b) => b.evidence.cosine + b.evidence.names - a.evidence.cosine - a.evidence.names)
        .slice(0, HARD_CANDIDATES);
      for (const candidate of candidates)
        examples.push({ x: vector(candidate.evidence), y: candidate.storyId === gold ? 1 : 0, weight: 1 });
      clusterer.restore(article, {
        storyId: gold,
        duplicateOf: null,
        signature: signatureOf(dataset, article.id, article.text),
      });
    }
  }
  return examples;
}

/** Solves a small dense linear system A z = b (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS). Returns the weights and the intercept
 * (last element). `lambda` is the penalty on the weights (not the intercept) per unit of example weight.
 */
export function logisticRegression(examples: readonly Example[], lambda = 1e-3, iterations = 25): number[] {
  const d = (examples[0]?.x.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const total = examples.reduce((s, e) => s + e.weight, 0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const e of examples) {
      const x = [...e.x, 1];
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * e.weight;
      const h = Math.max(p * (1 - p), 1e-6) * e.weight;
      for (let i = 0; i < d; i++) {
        grad[i]! += g * x[i]!;
        const hi = h * x[i]!;
        if (hi === 0) continue;
        const row = hess[i]!;
        for (let j = i; j < d; j++) row[j]! += hi * x[j]!;
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) hess[i]![j] = hess[j]![i]!;
      if (i < d - 1) {
        grad[i]! += lambda * total * w[i]!;
        hess[i]![i]! += lambda * total;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-6) break;
  }
  return w;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * Learns the evidence weights from the data sets (each weighing the same in total) and writes them into
 * `start`: main weights, dated weights, and the join threshold at even odds (minus the intercept).
 */
export function learnWeights(
  datasets: readonly ClusterDataset[],
  start: ClusterSettings,
  keep: (dataset: ClusterDataset, id: string) => boolean,
  orders: number,
): ClusterSettings {
  const examples: Example[] = [];
  for (const dataset of datasets) {
    const part = collectExamples(dataset, start, (id) => keep(dataset, id), orders);
    for (const e of part) e.weight = 1 / Math.max(1, part.length);
    examples.push(...part);
  }
  const w = logisticRegression(examples);
  const weights = { ...start.weights };
  const datedWeights: ClusterSettings["datedWeights"] = {};
  MAIN_FEATURES.forEach((key, i) => {
    weights[key] = round(w[i]!);
  });
  DATED_FEATURES.forEach((key, i) => {
    datedWeights[key] = round(w[MAIN_FEATURES.length + i]!);
  });
  return { ...start, weights, datedWeights, joinThreshold: round(-w[w.length - 1]!) };
}
