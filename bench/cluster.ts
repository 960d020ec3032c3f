import { fileURLToPath } from "node:url";
import { analysed } from "../eval/cluster-data.js";
import { bcubed } from "../eval/shared-data.js";
import { CLUSTER_SETTINGS, type ClusterArticle, StoryClusterer, signature } from "../src/cluster/index.js";
import { generateCorpus } from "./synthetic-corpus.js";

/** A generated corpus as the pipeline hands it to the clusterer: analysed (place mentions) and signed. */
function prepared(size: number, seed?: number) {
  return generateCorpus(size, seed).map(({ id, title, text, published, incident }) => {
    const article: ClusterArticle = analysed({ id, title, text, published, origin: id });
    return { article, signature: signature(article.text), incident };
  });
}

const WINDOW = 1000;

/**
 * Online story clustering (near-duplicates included) of generated corpora, given what the pipeline
 * gives the clusterer (normalised text, place mentions, MinHash signature: that analysis is not timed).
 * Prints the cost per article over the last 1,000 articles (what article N costs once N-1 are placed),
 * the mean, peak RSS, and B-cubed against the generated incidents. Flat cost means the 100k figure
 * stays within 2x of the 1k one.
 */
export async function benchCluster(sizes: number[] = [1000, 100_000]): Promise<void> {
  // warm the JIT first, so the small corpus is not charged for compilation
  const warmUp = new StoryClusterer(CLUSTER_SETTINGS);
  for (const { article, signature } of prepared(2000, 99)) warmUp.add(article, { signature });
  const lastWindow: number[] = [];
  for (const size of sizes) {
    const corpus = prepared(size);
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const placed = new Map<string, string>();
    let peak = process.memoryUsage().rss;
    const started = performance.now();
    let windowStart = started;
    for (const [i, { article, signature }] of corpus.entries()) {
      if (i === corpus.length - WINDOW) windowStart = performance.now();
      placed.set(article.id, clusterer.add(article, { signature }).storyId);
      if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const ended = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss);
    const perArticle = (ended - windowStart) / Math.min(WINDOW, corpus.length);
    lastWindow.push(perArticle);
    const predicted = new Map([...placed].map(([id, s]) => [id, clusterer.resolve(s)] as [string, string]));
    const score = bcubed(predicted, new Map(corpus.map((a) => [a.article.id, a.incident])));
    console.log(
      `cluster ${size} articles: ${perArticle.toFixed(3)} ms/article over the last ${WINDOW}, mean ${((ended - started) / size).toFixed(3)} ms, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB, ${new Set(predicted.values()).size} stories, B-cubed F1 ${score.f1.toFixed(3)}`,
    );
  }
  if (lastWindow.length > 1) {
    const ratio = lastWindow[lastWindow.length - 1]! / lastWindow[0]!;
    console.log(
      `per-article cost ratio ${sizes[sizes.length - 1]} vs ${sizes[0]}: ${ratio.toFixed(2)}x (target <= 2)`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchCluster();
}
