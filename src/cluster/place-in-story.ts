import type { Article, Story } from "../model/index.js";
import type { Store } from "../store/store.js";
import type { ClusterArticle } from "./article-features.js";
import { CLUSTER_SETTINGS } from "./settings.js";
import { StoryClusterer } from "./story-clusterer.js";
import { chooseStoryTitle } from "./story-title.js";

/** What ingest writes for an article's story: its placement and the story rows that change. */
export interface StoryWrite {
  storyId: string;
  duplicateOf: string | null;
  /** Stored members of the story after any merge (without the new article). */
  members: Article[];
  /** Story term profile to persist (top terms of the centroid). */
  terms: Map<string, number>;
  /** Terms whose document frequency the article raises. */
  documentTerms: string[];
  redirects: { from: string; to: string }[];
}

const clusterers = new WeakMap<Store, Promise<StoryClusterer>>();
const PAGE = 1000;

/** Rebuilds the clusterer's in-memory state from the stored articles, in ingest order, keeping their stories. */
async function rebuildClusterer(store: Store): Promise<StoryClusterer> {
  const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    for (const article of page) clusterer.restore(article, article);
    if (page.length < PAGE) return clusterer;
  }
}

/** The clusterer of a store, rebuilt once per opened store. */
export function storyClustererFor(store: Store): Promise<StoryClusterer> {
  let clusterer = clusterers.get(store);
  if (clusterer === undefined) {
    clusterer = rebuildClusterer(store);
    clusterers.set(store, clusterer);
  }
  return clusterer;
}

/** Places an article in a story (joining, starting or merging stories) and gathers what to write. */
export async function placeInStory(
  store: Store,
  article: ClusterArticle,
  signature: string,
): Promise<StoryWrite> {
  const clusterer = await storyClustererFor(store);
  const placement = clusterer.add(article, { signature });
  const members: Article[] = [];
  for (const id of [placement.storyId, ...placement.merged])
    members.push(...(await store.listStoryArticles(id)));
  const profile = clusterer.story(placement.storyId);
  return {
    storyId: placement.storyId,
    duplicateOf: placement.duplicateOf,
    members,
    terms: profile?.terms ?? new Map(),
    documentTerms: [],
    redirects: placement.merged.map((from) => ({ from, to: placement.storyId })),
  };
}

/** The story row for a set of members: title from the most central headline, date range, ids. */
export function storyRecord(id: string, members: readonly Article[], casualties: Story["casualties"]): Story {
  const dates = members.flatMap((m) => (m.published ? [m.published] : [])).sort();
  return {
    id,
    title: chooseStoryTitle(members),
    articleIds: members.map((m) => m.id),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    casualties,
  };
}
