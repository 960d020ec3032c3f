import type { Bag } from "./weighted-bag.js";

/**
 * A story as the clusterer sees it: bounded bags of its members' evidence and its date range. Bag keys
 * are vocabulary ids (`ClusterState.keyId`): comparing small integers touches no string in memory.
 */
export interface StoryProfile<K = number> {
  id: string;
  size: number;
  /** Sum of members' unit term vectors, top-k only; `termNorm` is its IDF-weighted norm when last updated. */
  terms: Bag<K>;
  termNorm: number;
  names: Bag<K>;
  nameNorm: number;
  /** The names and the figure that weigh most in the story (by weight times IDF when last updated). */
  topNames: K[];
  topNumbers: K[];
  numbers: Bag<K>;
  numberNorm: number;
  /** Place, year and weekday keys with how many members name them. */
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
  /** The id of a term, name or figure key, given a new one the first time it is seen. */
  keyId(key: string): number;
  /** The key an id was given to. */
  keyOf(id: number): string;
  /** Number of articles counted into the document frequencies. */
  documentCount(): number;
  documentFrequency(key: number): number;
  countDocument(keys: Iterable<number>): void;
  story(id: string): StoryProfile | undefined;
  saveStory(story: StoryProfile): void;
  dropStory(id: string): void;
  /**
   * Stories indexed under a term or name key, as story numbers (`storyNumber`). They may have been merged
   * since: `liveNumber` follows them.
   */
  postings(key: number): readonly number[];
  addPosting(key: number, storyId: string, cap: number): void;
  /** The number of a story id, given one the first time it is seen (story numbers index flat arrays). */
  storyNumber(id: string): number;
  /** The live story's number for any story number (after merges). */
  liveNumber(story: number): number;
  /** The live story with that number, if any. */
  storyByNumber(story: number): StoryProfile | undefined;
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
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Document frequency per key id. */
  private frequencies = new Int32Array(1024);
  private readonly stories = new Map<string, StoryProfile>();
  private readonly storyNumbers = new Map<string, number>();
  /** Live stories by number. */
  private readonly byNumber: (StoryProfile | undefined)[] = [];
  /** Per story number, the number it was merged into (itself while live). */
  private mergedInto = new Int32Array(1024);
  private readonly index = new Map<number, number[]>();
  private readonly articleStories = new Map<string, string>();
  private readonly redirectMap = new Map<string, string>();

  documentCount(): number {
    return this.documents;
  }
  keyId(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      if (id >= this.frequencies.length) {
        const grown = new Int32Array(this.frequencies.length * 2);
        grown.set(this.frequencies);
        this.frequencies = grown;
      }
    }
    return id;
  }
  keyOf(id: number): string {
    const key = this.keys[id];
    if (key === undefined) throw new Error(`cluster state: no key has id ${id}`);
    return key;
  }
  documentFrequency(key: number): number {
    return this.frequencies[key] ?? 0;
  }
  countDocument(keys: Iterable<number>): void {
    this.documents++;
    for (const key of keys) this.frequencies[key]!++;
  }
  story(id: string): StoryProfile | undefined {
    return this.stories.get(id);
  }
  saveStory(story: StoryProfile): void {
    this.stories.set(story.id, story);
    this.byNumber[this.storyNumber(story.id)] = story;
  }
  dropStory(id: string): void {
    this.stories.delete(id);
    this.byNumber[this.storyNumber(id)] = undefined;
  }
  storyNumber(id: string): number {
    let n = this.storyNumbers.get(id);
    if (n === undefined) {
      n = this.storyNumbers.size;
      this.storyNumbers.set(id, n);
      if (n >= this.mergedInto.length) {
        const grown = new Int32Array(this.mergedInto.length * 2);
        grown.set(this.mergedInto);
        this.mergedInto = grown;
      }
      this.mergedInto[n] = n;
    }
    return n;
  }
  liveNumber(story: number): number {
    let live = story;
    while (this.mergedInto[live] !== live) live = this.mergedInto[live]!;
    this.mergedInto[story] = live;
    return live;
  }
  storyByNumber(story: number): StoryProfile | undefined {
    return this.byNumber[story];
  }
  postings(key: number): readonly number[] {
    return this.index.get(key) ?? [];
  }
  addPosting(key: number, storyId: string, cap: number): void {
    const story = this.storyNumber(storyId);
    const list = this.index.get(key);
    if (list === undefined) {
      this.index.set(key, [story]);
      return;
    }
    if (list[list.length - 1] === story) return;
    const at = list.indexOf(story);
    if (at >= 0) list.splice(at, 1);
    list.push(story);
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
    this.mergedInto[this.storyNumber(from)] = this.storyNumber(to);
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

/**
 * The state of a replay: stories, postings and placements of its own, over the vocabulary of another
 * state (read only). Its document frequencies are the other state's without the replayed articles, each
 * counted again as the replay places it, so a replayed article is weighed as if it arrived at that point:
 * the fitted weights and thresholds hold for evidence weighed as articles arrive.
 */
export class ReplayState extends InMemoryClusterState {
  private readonly delta = new Map<number, number>();
  private documentDelta = 0;

  /** `replayed`: the counted keys of each article the replay will place. */
  constructor(
    private readonly base: ClusterState,
    replayed: Iterable<Iterable<number>>,
  ) {
    super();
    for (const keys of replayed) {
      this.documentDelta--;
      for (const key of keys) this.delta.set(key, (this.delta.get(key) ?? 0) - 1);
    }
  }

  override keyId(key: string): number {
    return this.base.keyId(key);
  }
  override keyOf(id: number): string {
    return this.base.keyOf(id);
  }
  override documentCount(): number {
    return this.base.documentCount() + this.documentDelta;
  }
  override documentFrequency(key: number): number {
    return this.base.documentFrequency(key) + (this.delta.get(key) ?? 0);
  }
  override countDocument(keys: Iterable<number>): void {
    this.documentDelta++;
    for (const key of keys) this.delta.set(key, (this.delta.get(key) ?? 0) + 1);
  }
}
