import type { Article, ArticleInput, Brief, InputProblem, Story } from "../model/index.js";

/** One page of stories, newest first. */
export interface StoryPage {
  stories: Story[];
  total: number;
}

/** An article matched by a full-text query; `snippet` marks hits between \u0002 and \u0003. */
export interface ArticleHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  storyId: string;
  snippet: string;
}

export interface SearchResult {
  articles: ArticleHit[];
  stories: Story[];
}

export interface IngestReport {
  /** Ids of articles stored by this request. */
  ingested: string[];
  /** Ids whose content was already stored (idempotent re-ingest). */
  unchanged: string[];
  problems: InputProblem[];
}

/**
 * What the HTTP layer needs from crosscheck: reads from the store and the pipeline's ingest.
 * The server never touches a database or a stage directly; `createStoreBackend` adapts the real ones.
 */
export interface ServerBackend {
  listStories(page: { offset: number; limit: number }): Promise<StoryPage>;
  /** A story by id; an id merged into another story resolves to the surviving story. */
  getStory(id: string): Promise<Story | null>;
  getBrief(id: string): Promise<Brief | null>;
  getArticle(id: string): Promise<Article | null>;
  search(query: string, limit: number): Promise<SearchResult>;
  ingest(inputs: ArticleInput[]): Promise<IngestReport>;
  close(): Promise<void>;
}
