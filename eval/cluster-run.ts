import {
  type ClusterArticle,
  type ClusterSettings,
  describeArticle,
  type PreparedArticle,
  StoryClusterer,
  signature,
} from "../src/cluster/index.js";
import type { ClusterDataset } from "./cluster-data.js";
import { bcubed } from "./shared-data.js";

const prepared = new Map<string, PreparedArticle>();

function prepare(dataset: ClusterDataset, settings: ClusterSettings): Map<string, PreparedArticle> {
  const out = new Map<string, PreparedArticle>();
  for (const article of dataset.articles) {
    const key = `${dataset.name}\u0000${settings.titleWeight}\u0000${article.id}`;
    let entry = prepared.get(key);
    if (entry === undefined) {
      entry = {
        signature: signature(article.text),
        features: describeArticle(article, settings.titleWeight),
      };
      prepared.set(key, entry);
    }
    out.set(article.id, entry);
  }
  return out;
}

type Score = ReturnType<typeof bcubed>;

/**
 * Clusters the articles of a data set (optionally only those passing `keep`) in each of its first
 * `orders` arrival orders and returns the mean B-cubed scores and story count. With `scored`, only the
 * articles it accepts are scored, though all the kept ones are clustered (and count against precision
 * when they share a story with a scored one).
 */
export function scoreClustering(
  dataset: ClusterDataset,
  settings: ClusterSettings,
  keep?: (id: string) => boolean,
  orders = dataset.orders.length,
  scored?: (id: string) => boolean,
): { score: Score; stories: number } {
  const runs = dataset.orders
    .slice(0, orders)
    .map((order) => scoreOrder(dataset, order, settings, keep, scored));
  const mean = (pick: (run: { score: Score; stories: number }) => number) =>
    runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    score: { p: mean((r) => r.score.p), r: mean((r) => r.score.r), f1: mean((r) => r.score.f1) },
    stories: mean((r) => r.stories),
  };
}

function scoreOrder(
  dataset: ClusterDataset,
  order: readonly ClusterArticle[],
  settings: ClusterSettings,
  keep?: (id: string) => boolean,
  scored?: (id: string) => boolean,
): { score: Score; stories: number } {
  const work = prepare(dataset, settings);
  const clusterer = new StoryClusterer(settings);
  const predicted = new Map<string, string>();
  for (const article of order) {
    if (keep && !keep(article.id)) continue;
    clusterer.add(article, work.get(article.id));
    predicted.set(article.id, "");
  }
  // the corrections `crosscheck ingest` makes at the end of a run
  clusterer.linkStories();
  clusterer.regroup();
  // stories as they stand at the end: later articles may have merged or split them
  for (const id of predicted.keys()) predicted.set(id, clusterer.storyOf(id) ?? id);
  return { score: bcubed(predicted, dataset.gold, scored), stories: new Set(predicted.values()).size };
}
