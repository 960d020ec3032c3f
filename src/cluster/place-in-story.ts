import type { Article, Story } from "../model/index.js";
import type { Store } from "../store/store.js";
import { type ClusterArticle, clusterArticle } from "./article-features.js";
import { CLUSTER_SETTINGS } from "./settings.js";
import { type Placement, StoryClusterer } from "./story-clusterer.js";
import { chooseStoryTitle } from "./story-title.js";

/** What ingest writes for an article's story: its placement and the story rows that change. */
export interface StoryWrite {
  storyId: string;
  duplicateOf: string | null;
  /** Stored members of the story after any merge (without the new article). */
  members: Article[];
  /** Story term profile to persist (top terms of the centroid). */
  terms: Map<string, number>;
  redirects: { from: string; to: string }[];
  /** When the article cut its story in two: the other story, with its stored members and terms. */
  other: { storyId: string; members: Article[]; terms: Map<string, number> } | null;
  /** Stored articles that move to another story (the split-off side). */
  moves: { articleIds: string[]; storyId: string }[];
}

/** A store's clusterer, with how far into the stored articles it has read and which it knows. */
interface ClustererState {
  clusterer: StoryClusterer;
  position: number;
  known: Set<string>;
}

const states = new WeakMap<Store, Promise<ClustererState>>();
const PAGE = 1000;

/**
 * Reads the articles stored since the clusterer last looked (all of them the first time), in storage
 * order, keeping their stories. Articles this process placed itself are already known. This is how
 * one process (a server, a feed follower, a worker) sees what other processes stored meanwhile.
 */
async function catchUp(store: Store, state: ClustererState): Promise<void> {
  for (;;) {
    const page = await store.listArticlesAfter(state.position, PAGE);
    for (const article of page.articles) {
      if (state.known.has(article.id)) continue;
      const analysis = await store.getArticleAnalysis(article.id);
      state.clusterer.restore(clusterArticle(article, analysis?.mentions ?? []), article);
      state.known.add(article.id);
    }
    state.position = page.position;
    if (page.articles.length < PAGE) return;
  }
}

/** The clusterer of a store: rebuilt once per opened store, then kept up to date with it. */
export async function storyClustererFor(store: Store): Promise<StoryClusterer> {
  let state = states.get(store);
  if (state === undefined) {
    state = (async () => {
      const fresh: ClustererState = {
        clusterer: new StoryClusterer(CLUSTER_SETTINGS),
        position: 0,
        known: new Set(),
      };
      await catchUp(store, fresh);
      return fresh;
    })();
    states.set(store, state);
  }
  const ready = await state;
  await catchUp(store, ready);
  return ready.clusterer;
}

/** Marks an article this process placed as known, so catching up does not add it twice. */
async function markPlaced(store: Store, articleId: string): Promise<void> {
  (await states.get(store))?.known.add(articleId);
}

/** Places an article in a story (joining, starting or merging stories) and gathers what to write. */
export async function placeInStory(
  store: Store,
  article: ClusterArticle,
  signature: string,
): Promise<StoryWrite> {
  const clusterer = await storyClustererFor(store);
  const placement = clusterer.add(article, { signature });
  await markPlaced(store, article.id);
  // another process may have merged the chosen story away since this one last read the store
  const live = await store.resolveStoryId(placement.storyId);
  if (live !== null && live !== placement.storyId && placement.split === null) {
    clusterer.followMerge(placement.storyId, live);
    placement.storyId = live;
  }
  return storyWrite(
    placement,
    article.id,
    (storyId) => store.listStoryArticles(storyId),
    (storyId) => clusterer.storyTerms(storyId),
  );
}

/**
 * What to write for a placement: the stored members of the article's story and, when the article cut
 * its story in two, of the other side too, with the stored articles that change story.
 */
export async function storyWrite(
  placement: Placement,
  articleId: string,
  storedMembers: (storyId: string) => Promise<Article[]>,
  termsOf: (storyId: string) => Map<string, number>,
): Promise<StoryWrite> {
  const { split } = placement;
  // the stored members of every story this article touched, before any split
  const pool: Article[] = [];
  for (const id of [split?.from ?? placement.storyId, ...placement.merged])
    pool.push(...(await storedMembers(id)));
  const leaving = new Set(split?.articleIds ?? []);
  const onSide = (storyId: string) =>
    split === null ? pool : pool.filter((a) => leaving.has(a.id) === (storyId === split.to));
  const otherId = split === null ? null : placement.storyId === split.to ? split.from : split.to;
  const moved = split?.articleIds.filter((id) => id !== articleId) ?? [];
  return {
    storyId: placement.storyId,
    duplicateOf: placement.duplicateOf,
    members: onSide(placement.storyId),
    terms: termsOf(placement.storyId),
    redirects: placement.merged.map((from) => ({ from, to: split?.from ?? placement.storyId })),
    other: otherId === null ? null : { storyId: otherId, members: onSide(otherId), terms: termsOf(otherId) },
    moves: split !== null && moved.length > 0 ? [{ articleIds: moved, storyId: split.to }] : [],
  };
}

/** The story row for a set of members: title from the most central headline, date range, ids. */
export function storyRecord(id: string, members: readonly Article[], casualties: Story["casualties"]): Story {
  const dates = members.flatMap((m) => (m.published ? [m.published] : [])).sort();
  return {
    id,
    title: chooseStoryTitle(members, casualties.killed),
    articleIds: members.map((m) => m.id),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    casualties,
  };
}
