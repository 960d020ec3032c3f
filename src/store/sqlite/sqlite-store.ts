import type { Article, Claim, ClaimKind, Entity, FollowedFeed, Story } from "../../model/index.js";
import type {
  ArticleAnalysisRecord,
  ArticleCommit,
  Page,
  SearchHit,
  Store,
  StoryFolds,
  StoryProfile,
} from "../store.js";
import { SqliteArticles } from "./articles.js";
import { openSqliteDatabase, type SqliteDb } from "./database.js";
import { SqliteEntities } from "./entities.js";
import { SqliteFollowedFeeds } from "./feeds.js";
import { SqliteStories } from "./stories.js";

const ALL: Page = { limit: 1_000_000_000, offset: 0 };

/** The embedded store: one SQLite file (better-sqlite3), WAL mode, one transaction per article. */
export class SqliteStore implements Store {
  readonly kind = "sqlite";
  readonly db: SqliteDb;
  private readonly articles: SqliteArticles;
  private readonly entities: SqliteEntities;
  private readonly stories: SqliteStories;
  private readonly followedFeeds: SqliteFollowedFeeds;

  constructor(
    path: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.db = openSqliteDatabase(path);
    this.articles = new SqliteArticles(this.db);
    this.entities = new SqliteEntities(this.db);
    this.stories = new SqliteStories(this.db);
    this.followedFeeds = new SqliteFollowedFeeds(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async findArticleIdByHash(contentHash: string): Promise<string | null> {
    return this.articles.findIdByHash(contentHash);
  }
  async getArticle(id: string): Promise<Article | null> {
    return this.articles.get(id);
  }
  async listArticles(page: Page = ALL): Promise<Article[]> {
    return this.articles.list(page);
  }
  async listArticlesAfter(
    position: number,
    limit: number,
  ): Promise<{ articles: Article[]; position: number }> {
    return this.articles.listAfter(position, limit);
  }
  async listStoryArticles(storyId: string): Promise<Article[]> {
    return this.articles.listByStory(storyId);
  }
  async countArticles(): Promise<number> {
    return this.articles.count();
  }
  async listArticleClaims(articleIds: string[], kinds: ClaimKind[] = []): Promise<Claim[]> {
    return this.articles.claimsOf(articleIds, kinds);
  }
  async getArticleAnalysis(id: string): Promise<ArticleAnalysisRecord | null> {
    return this.articles.analysis(id);
  }
  async searchArticles(query: string, page: Page = { limit: 50, offset: 0 }): Promise<SearchHit[]> {
    return this.articles.search(query, page);
  }

  async commitArticle(commit: ArticleCommit): Promise<"stored" | "duplicate"> {
    const now = this.clock().toISOString();
    // IMMEDIATE takes the write lock up front, so concurrent writers wait (busy_timeout) instead of failing
    return this.db
      .transaction((): "stored" | "duplicate" => {
        if (this.articles.findIdByHash(commit.article.contentHash) !== null) return "duplicate";
        this.articles.write(commit);
        this.entities.write(commit.entities);
        this.stories.write(commit.stories, commit.redirects, now, commit.moves ?? []);
        return "stored";
      })
      .immediate();
  }

  async commitStoryFolds(commit: StoryFolds): Promise<void> {
    const now = this.clock().toISOString();
    this.db
      .transaction(() => this.stories.write(commit.stories, commit.redirects, now, commit.moves ?? []))
      .immediate();
  }

  async findEntitiesByKeys(keys: string[]): Promise<Entity[]> {
    return this.entities.byKeys(keys);
  }
  async getEntities(ids: string[], withinArticles?: string[]): Promise<Entity[]> {
    return this.entities.byIds(ids, withinArticles);
  }
  async listEntities(): Promise<Entity[]> {
    return this.entities.all();
  }

  async resolveStoryId(id: string): Promise<string | null> {
    return this.stories.resolveId(id);
  }
  async getStory(id: string): Promise<Story | null> {
    return this.stories.get(id);
  }
  async listStories(page: Page = ALL): Promise<Story[]> {
    return this.stories.list(page);
  }
  async countStories(): Promise<number> {
    return this.stories.count();
  }
  async findStoryCandidates(terms: string[], limit: number): Promise<StoryProfile[]> {
    return this.stories.candidates(terms, limit);
  }

  async listFollowedFeeds(): Promise<FollowedFeed[]> {
    return this.followedFeeds.list();
  }
  async saveFollowedFeed(feed: FollowedFeed): Promise<void> {
    this.followedFeeds.save(feed);
  }
  async seenFeedItemIds(feedUrl: string): Promise<Set<string>> {
    return this.followedFeeds.seenItemIds(feedUrl);
  }
  async addSeenFeedItemIds(feedUrl: string, itemIds: string[]): Promise<void> {
    this.followedFeeds.addSeenItemIds(feedUrl, itemIds);
  }
}
