import type { Bag } from "./weighted-bag.js";

/** A story as the clusterer sees it: bounded bags of its members' evidence and its date range. */
export interface StoryProfile {
  id: string;
  size: number;
  /** Sum of members' unit term vectors, top-k only; `termNorm` is its IDF-weighted norm when last updated. */
  terms: Bag;
  termNorm: number;
  names: Bag;
  nameNorm: number;
  /** The names and the figure that weigh most in the story (by weight times IDF when last updated). */
  topNames: string[];
  topNumbers: string[];
  numbers: Bag;
  numberNorm: number;
  /** Place and year keys with how many members mention them. */
  places: Map<string, number>;
  years: Map<string, number>;
  weekdays: Map<string, number>;
  firstDay: number | null;
  lastDay: number | null;
  /**
   * The days its members report (days since 1970-01-01) with how many members each: date evidence is
   * measured to the nearest of them, so a story that spans months does not take in everything between.
   */
  days: Map<number, number>;
  /** The keys of `days` in ascending order (for the nearest-day search). */
  dayList: number[];
}

/**
 * Everything the online clusterer keeps between articles. Reads and writes are synchronous so the
 * inner loop stays fast; a store persists it (or rebuilds it at open by replaying stored articles).
 */
export interface ClusterState {
  /** Number of articles counted into the document frequencies. */
  documentCount(): number;
  documentFrequency(key: string): number;
  countDocument(keys: Iterable<string>): void;
  story(id: string): StoryProfile | undefined;
  saveStory(story: StoryProfile): void;
  dropStory(id: string): void;
  /** Story ids indexed under a term, name or place key (may hold ids merged since: resolve them). */
  postings(key: string): readonly string[];
  addPosting(key: string, storyId: string, cap: number): void;
  /** Story of an already placed article (before redirects). */
  storyOfArticle(articleId: string): string | undefined;
  setStoryOfArticle(articleId: string, storyId: string): void;
  /** Records that story `from` was merged into `to`. */
  redirect(from: string, to: string): void;
  /** The live story id for any id ever issued. */
  resolve(storyId: string): string;
  redirects(): Iterable<[string, string]>;
}

export class InMemoryClusterState implements ClusterState {
  private documents = 0;
  private readonly frequencies = new Map<string, number>();
  private readonly stories = new Map<string, StoryProfile>();
  private readonly index = new Map<string, string[]>();
  private readonly articleStories = new Map<string, string>();
  private readonly redirectMap = new Map<string, string>();

  documentCount(): number {
    return this.documents;
  }
  documentFrequency(key: string): number {
    return this.frequencies.get(key) ?? 0;
  }
  countDocument(keys: Iterable<string>): void {
    this.documents++;
    for (const key of keys) this.frequencies.set(key, (this.frequencies.get(key) ?? 0) + 1);
  }
  story(id: string): StoryProfile | undefined {
    return this.stories.get(id);
  }
  saveStory(story: StoryProfile): void {
    this.stories.set(story.id, story);
  }
  dropStory(id: string): void {
    this.stories.delete(id);
  }
  postings(key: string): readonly string[] {
    return this.index.get(key) ?? [];
  }
  addPosting(key: string, storyId: string, cap: number): void {
    const list = this.index.get(key);
    if (list === undefined) {
      this.index.set(key, [storyId]);
      return;
    }
    if (list[list.length - 1] === storyId) return;
    const at = list.indexOf(storyId);
    if (at >= 0) list.splice(at, 1);
    list.push(storyId);
    if (list.length > cap) list.splice(0, list.length - cap);
  }
  storyOfArticle(articleId: string): string | undefined {
    return this.articleStories.get(articleId);
  }
  setStoryOfArticle(articleId: string, storyId: string): void {
    this.articleStories.set(articleId, storyId);
  }
  redirect(from: string, to: string): void {
    this.redirectMap.set(from, to);
  }
  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.redirectMap.get(id); next !== undefined; next = this.redirectMap.get(id)) id = next;
    if (id !== storyId) this.redirectMap.set(storyId, id);
    return id;
  }
  redirects(): Iterable<[string, string]> {
    return [...this.redirectMap.keys()].map((from): [string, string] => [from, this.resolve(from)]);
  }
}
