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
 * Prints the cost per article at the corpus's size (what article N costs once N-1 are placed): for 1k,
 * the median over 5 runs of the 1,000 articles; for 100k, the median of the last 5 windows of 1,000
 * articles. Also the mean, peak RSS, and B-cubed against the generated incidents. Flat cost means the
 * 100k figure stays within 2x of the 1k one.
 */
export async function benchCluster(sizes: number[] = [1000, 100_000]): Promise<void> {
  // warm the JIT first, so the small corpus is not charged for compilation
  const warmUp = new StoryClusterer(CLUSTER_SETTINGS);
  for (const { article, signature } of prepared(2000, 99)) warmUp.add(article, { signature });
  const costs: number[] = [];
  for (const size of sizes) {
    const corpus = prepared(size);
    // one window is a fraction of a second at 1k, so small corpora are clustered REPEATS times
    const runs = Array.from({ length: size <= WINDOW * REPEATS ? REPEATS : 1 }, () => clusterAll(corpus));
    const last = runs.at(-1)!;
    const windows = runs.length > 1 ? runs.map((run) => run.windows.at(-1)!) : last.windows.slice(-REPEATS);
    const cost = median(windows);
    costs.push(cost);
    const score = bcubed(last.stories, new Map(corpus.map((a) => [a.article.id, a.incident])));
    console.log(
      `cluster ${size} articles: ${cost.toFixed(3)} ms/article (median of ${windows.length} windows of the last ${WINDOW}: ${windows.map((w) => w.toFixed(3)).join(", ")}), mean ${last.mean.toFixed(3)} ms, peak RSS ${(last.peak / 2 ** 20).toFixed(0)} MB, ${new Set(last.stories.values()).size} stories, B-cubed F1 ${score.f1.toFixed(3)}; linking stories at the end ${last.link.ms.toFixed(0)} ms (${(last.link.ms / size).toFixed(3)} ms/article, ${last.link.folds} folds); regrouping ${last.regroup.ms.toFixed(0)} ms (${(last.regroup.ms / size).toFixed(3)} ms/article, ${last.regroup.moved} articles moved)`,
    );
  }
  if (costs.length > 1) {
    const ratio = costs[costs.length - 1]! / costs[0]!;
    console.log(
      `per-article cost ratio ${sizes[sizes.length - 1]} vs ${sizes[0]}: ${ratio.toFixed(2)}x (target <= 2)`,
    );
  }
}

const REPEATS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Clusters a prepared corpus in a fresh clusterer: ms per article in each window of WINDOW articles. */
function clusterAll(corpus: ReturnType<typeof prepared>) {
  const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
  const ids: string[] = [];
  const windows: number[] = [];
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  let windowStart = started;
  for (const [i, { article, signature }] of corpus.entries()) {
    clusterer.add(article, { signature });
    ids.push(article.id);
    if ((i + 1) % WINDOW === 0 || i === corpus.length - 1) {
      const now = performance.now();
      windows.push((now - windowStart) / ((i % WINDOW) + 1));
      windowStart = now;
    }
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const mean = (performance.now() - started) / corpus.length;
  // the corrections `crosscheck ingest` makes at the end of a run: fragments of one event folded together,
  const linkStarted = performance.now();
  const folds = clusterer.linkStories().length;
  const link = { ms: performance.now() - linkStarted, folds };
  // then the batch's stories regrouped as most arrival orders would have them
  const regroupStarted = performance.now();
  const moved = clusterer.regroup().moves.reduce((n, move) => n + move.articleIds.length, 0);
  const regroup = { ms: performance.now() - regroupStarted, moved };
  peak = Math.max(peak, process.memoryUsage().rss);
  // stories as they stand at the end: later articles may have merged or split them
  const stories = new Map(ids.map((id) => [id, clusterer.storyOf(id) ?? id] as [string, string]));
  return { windows, mean, peak, stories, link, regroup };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchCluster();
}
