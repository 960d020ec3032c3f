import type { Article, Brief, Story } from "../../src/model/index.js";
import type { ArticleHit, SearchResult as ServerSearchResult } from "../../src/server/backend.js";

export type { Article, ArticleHit, Brief, Story };
export interface StoryListItem extends Story {
  size: number;
}
export interface StoryList {
  stories: StoryListItem[];
  total: number;
  nextOffset: number | null;
}
/** What `GET /api/search` answers: the server's search result with the query echoed. */
export interface SearchResult extends ServerSearchResult {
  query: string;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body as T;
}

const enc = encodeURIComponent;
export const api = {
  stories: (offset = 0, limit = 50) => getJson<StoryList>(`/api/stories?offset=${offset}&limit=${limit}`),
  brief: (id: string) => getJson<Brief>(`/api/stories/${enc(id)}/brief`),
  article: (id: string) => getJson<Article>(`/api/articles/${enc(id)}`),
  search: (q: string) => getJson<SearchResult>(`/api/search?q=${enc(q)}`),
};
