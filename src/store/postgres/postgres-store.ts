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
import { PostgresArticles } from "./articles.js";
import { PostgresEntities } from "./entities.js";
import { PostgresFollowedFeeds } from "./feeds.js";
import { migratePostgres } from "./migrations.js";
import {
  describeLocation,
  inTransaction,
  lockTransaction,
  openPool,
  type PgPool,
  type PostgresOptions,
} from "./pool.js";
import { PostgresStories } from "./stories.js";

const ALL: Page = { limit: 1_000_000_000, offset: 0 };

/**
 * The server store: PostgreSQL through a `pg` connection pool. Several processes may share one
 * database: migrations and article commits each run under a transaction-level advisory lock, so
 * writers take turns and a content hash is checked by the writer that holds the lock.
 */
export class PostgresStore implements Store {
  readonly kind = "postgres";
  private pool: PgPool | null = null;
  /** The pool, once the schema is up to date (or why the database cannot be used). */
  private readonly ready: Promise<PgPool>;
  private readonly articles = new PostgresArticles();
  private readonly entities = new PostgresEntities();
  private readonly stories = new PostgresStories();
  private readonly followedFeeds = new PostgresFollowedFeeds();

  constructor(
    connectionString: string,
    private readonly clock: () => Date = () => new Date(),
    options: PostgresOptions = {},
  ) {
    const where = describeLocation(connectionString);
    this.ready = (async () => {
      this.pool = await openPool(connectionString, options);
      await migratePostgres(this.pool, options.schema);
      return this.pool;
    })().catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`PostgreSQL store at ${where}: ${reason}`, { cause: error });
    });
    this.ready.catch(() => {}); // reported by the first call that needs the database
  }

  private db(): Promise<PgPool> {
    return this.ready;
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool?.end();
  }

  async findArticleIdByHash(contentHash: string): Promise<string | null> {
    return this.articles.findIdByHash(await this.db(), contentHash);
  }
  async getArticle(id: string): Promise<Article | null> {
    return this.articles.get(await this.db(), id);
  }
  async listArticles(page: Page = ALL): Promise<Article[]> {
    return this.articles.list(await this.db(), page);
  }
  async listArticlesAfter(
    position: number,
    limit: number,
  ): Promise<{ articles: Article[]; position: number }> {
    return this.articles.listAfter(await this.db(), position, limit);
  }
  async listStoryArticles(storyId: string): Promise<Article[]> {
    return this.articles.listByStory(await this.db(), storyId);
  }
  async countArticles(): Promise<number> {
    return this.articles.count(await this.db());
  }
  async listArticleClaims(articleIds: string[], kinds: ClaimKind[] = []): Promise<Claim[]> {
    return this.articles.claimsOf(await this.db(), articleIds, kinds);
  }
  async getArticleAnalysis(id: string): Promise<ArticleAnalysisRecord | null> {
    return this.articles.analysis(await this.db(), id);
  }
  async searchArticles(query: string, page: Page = { limit: 50, offset: 0 }): Promise<SearchHit[]> {
    return this.articles.search(await this.db(), query, page);
  }

  async commitArticle(commit: ArticleCommit): Promise<"stored" | "duplicate"> {
    const now = this.clock().toISOString();
    return inTransaction(await this.db(), async (client): Promise<"stored" | "duplicate"> => {
      // one writer at a time across every process on this database; the hash is checked under the lock
      await lockTransaction(client, "commit");
      if ((await this.articles.findIdByHash(client, commit.article.contentHash)) !== null) return "duplicate";
      await this.articles.write(client, commit);
      await this.entities.write(client, commit.entities);
      await this.stories.write(client, commit.stories, commit.redirects, now, commit.moves ?? []);
      return "stored";
    });
  }

  async commitStoryFolds(commit: StoryFolds): Promise<void> {
    const now = this.clock().toISOString();
    await inTransaction(await this.db(), async (client) => {
      await lockTransaction(client, "commit");
      await this.stories.write(client, commit.stories, commit.redirects, now, commit.moves ?? []);
    });
  }

  async findEntitiesByKeys(keys: string[]): Promise<Entity[]> {
    return this.entities.byKeys(await this.db(), keys);
  }
  async getEntities(ids: string[], withinArticles?: string[]): Promise<Entity[]> {
    return this.entities.byIds(await this.db(), ids, withinArticles);
  }
  async listEntities(): Promise<Entity[]> {
    return this.entities.all(await this.db());
  }

  async resolveStoryId(id: string): Promise<string | null> {
    return this.stories.resolveId(await this.db(), id);
  }
  async getStory(id: string): Promise<Story | null> {
    return this.stories.get(await this.db(), id);
  }
  async listStories(page: Page = ALL): Promise<Story[]> {
    return this.stories.list(await this.db(), page);
  }
  async countStories(): Promise<number> {
    return this.stories.count(await this.db());
  }
  async findStoryCandidates(terms: string[], limit: number): Promise<StoryProfile[]> {
    return this.stories.candidates(await this.db(), terms, limit);
  }

  async listFollowedFeeds(): Promise<FollowedFeed[]> {
    return this.followedFeeds.list(await this.db());
  }
  async saveFollowedFeed(feed: FollowedFeed): Promise<void> {
    await this.followedFeeds.save(await this.db(), feed);
  }
  async seenFeedItemIds(feedUrl: string): Promise<Set<string>> {
    return this.followedFeeds.seenItemIds(await this.db(), feedUrl);
  }
  async addSeenFeedItemIds(feedUrl: string, itemIds: string[]): Promise<void> {
    await this.followedFeeds.addSeenItemIds(await this.db(), feedUrl, itemIds);
  }
}
