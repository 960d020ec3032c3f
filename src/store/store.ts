import type {
  Article,
  Claim,
  ClaimKind,
  Entity,
  FollowedFeed,
  Mention,
  Sentence,
  Story,
} from "../model/index.js";

/**
 * An entity with the blocking keys resolution looks it up by. `entity.articleIds` lists articles to
 * ADD to the entity's articles (links are kept apart, so a popular entity costs no more to update).
 */
export interface EntityUpsert {
  entity: Entity;
  keys: string[];
}

/** A story's term profile, used by clustering to score candidates. */
export interface StoryProfile {
  story: Story;
  /** Term -> weight of the story's centroid (top terms only). */
  terms: Map<string, number>;
}

/**
 * Everything one article adds or changes, written in ONE transaction: the article is either whole
 * (with its analysis, entities and story) or absent.
 */
export interface ArticleCommit {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
  entities: EntityUpsert[];
  /** Full new state of every story this article touched (its own, and one it merged). */
  stories: StoryProfile[];
  /** Story ids merged away, pointing at the story that absorbed them. */
  redirects: { from: string; to: string }[];
  /** Stored articles that move to another story (a story cut in two); applied after the redirects. */
  moves?: { articleIds: string[]; storyId: string }[];
}

/** Stories folded together or regrouped after their articles were stored (see `Store.commitStoryFolds`). */
export interface StoryFolds {
  stories: StoryProfile[];
  redirects: { from: string; to: string }[];
  /** Stored articles that move to another story (regrouping); applied after the redirects. */
  moves?: { articleIds: string[]; storyId: string }[];
}

export interface ArticleAnalysisRecord {
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
}

export interface Page {
  limit: number;
  offset: number;
}

export interface SearchHit {
  articleId: string;
  storyId: string;
  title: string | null;
  /** Text around the match; matched terms between \u0002 and \u0003. */
  snippet: string;
}

/** Where followed feeds and the ids of items already taken from each are kept (part of every Store). */
export interface FollowedFeedStore {
  listFollowedFeeds(): Promise<FollowedFeed[]>;
  /** Inserts or replaces the feed with this URL. */
  saveFollowedFeed(feed: FollowedFeed): Promise<void>;
  seenFeedItemIds(feedUrl: string): Promise<Set<string>>;
  addSeenFeedItemIds(feedUrl: string, itemIds: string[]): Promise<void>;
}

/**
 * The store behind every stage. Async so that a PostgreSQL backend can follow behind the same
 * conformance suite (`store.case.test.ts`).
 */
export interface Store extends FollowedFeedStore {
  readonly kind: string;
  close(): Promise<void>;

  // articles
  findArticleIdByHash(contentHash: string): Promise<string | null>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(page?: Page): Promise<Article[]>;
  listStoryArticles(storyId: string): Promise<Article[]>;
  /**
   * Articles stored after a position, in storage order, with the position of the last one. Position 0
   * is the start. Lets a long-lived process catch up with articles other processes stored.
   */
  listArticlesAfter(position: number, limit: number): Promise<{ articles: Article[]; position: number }>;
  countArticles(): Promise<number>;
  getArticleAnalysis(id: string): Promise<ArticleAnalysisRecord | null>;
  searchArticles(query: string, page?: Page): Promise<SearchHit[]>;
  /** The stored claims of some articles, only of the given kinds (all kinds when empty). */
  listArticleClaims(articleIds: string[], kinds?: ClaimKind[]): Promise<Claim[]>;
  /**
   * Writes the article and all it changes atomically. Returns "duplicate" (writing nothing) when an
   * article with the same content hash was stored meanwhile, e.g. by another worker.
   */
  commitArticle(commit: ArticleCommit): Promise<"stored" | "duplicate">;
  /**
   * Folds or regroups stories in one transaction (corrections after their articles were stored): each
   * `from` story's articles move to its `to` story and the old id redirects there, then each of `moves`
   * takes its articles; `stories` holds the full new state of each story whose members changed.
   */
  commitStoryFolds(commit: StoryFolds): Promise<void>;

  // entities
  /** Entities sharing a blocking key. For speed their `articleIds` are NOT loaded (empty). */
  findEntitiesByKeys(keys: string[]): Promise<Entity[]>;
  /** Entities by id; with `withinArticles`, each entity's `articleIds` keeps only those articles. */
  getEntities(ids: string[], withinArticles?: string[]): Promise<Entity[]>;
  listEntities(): Promise<Entity[]>;

  // stories
  /** Follows merge redirects: an old story id resolves to the story that absorbed it. */
  resolveStoryId(id: string): Promise<string | null>;
  getStory(id: string): Promise<Story | null>;
  listStories(page?: Page): Promise<Story[]>;
  countStories(): Promise<number>;
  findStoryCandidates(terms: string[], limit: number): Promise<StoryProfile[]>;
}
