import type { Features } from "./article-features.js";
import { averageLinkage } from "./average-linkage.js";
import type { StoryProfile } from "./cluster-state.js";
import type { ArticleSummary } from "./story-evidence.js";

/** What a story member keeps so that it can be compared with the other members later. */
export interface MemberRecord {
  id: string;
  /** Its features with vocabulary ids for keys. */
  features: Features<number>;
  /** The article's bags weighted under the IDF of when it arrived. */
  summary: ArticleSummary;
  /** Its place in the order articles were placed or restored (earlier first). */
  arrival: number;
  /** The article alone as a one-member story, the other side of a comparison (made when first needed). */
  alone?: StoryProfile;
  /**
   * For a report that started its own story: the number of the story it came closest to joining (the
   * best candidate below the join threshold), the only story it may later rejoin.
   */
  nearest?: number;
}

/** Score of an article against a one-member story (the clusterer's evidence score). */
export type PairScore = (article: MemberRecord, other: MemberRecord) => number;

/** A story cut in two: the members that stay and those that leave, and how alike the two sides are. */
export interface Bisection {
  stay: string[];
  leave: string[];
  /** Mean pair score across the two sides. */
  across: number;
}

interface Membership {
  ids: string[];
  /** Symmetric pair scores, keyed by the two ids joined with a NUL, computed when first needed. */
  pairs: Map<string, number>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The members of recently active small stories, kept so a story can be cut in two when its members turn
 * out to report two events. Bounded in two ways so the work per article does not grow with the corpus:
 * a story with more than `window` members is no longer tracked, and only the latest `capacity` member
 * records are kept (a story that lost one is no longer tracked either).
 */
export class StoryMembers {
  private readonly stories = new Map<string, Membership>();
  private readonly records = new Map<string, { record: MemberRecord; storyId: string }>();

  constructor(
    private readonly window: number,
    private readonly capacity: number,
  ) {}

  /** Records that an article joined a story that had `priorSize` members (tracked from its first). */
  add(storyId: string, articleId: string, record: MemberRecord, priorSize: number): void {
    let story = this.stories.get(storyId);
    if (story === undefined && priorSize > 0) return;
    if (story === undefined) {
      story = { ids: [], pairs: new Map() };
      this.stories.set(storyId, story);
    }
    story.ids.push(articleId);
    this.records.set(articleId, { record, storyId });
    if (story.ids.length > this.window) this.forget(storyId);
    while (this.records.size > this.capacity) {
      const oldest = this.records.keys().next().value as string;
      const owner = this.records.get(oldest)!.storyId;
      this.records.delete(oldest);
      this.forget(owner);
    }
  }

  /** Story `from` was folded into story `into`. */
  merge(into: string, from: string): void {
    const a = this.stories.get(into);
    const b = this.stories.get(from);
    this.stories.delete(from);
    if (a === undefined || b === undefined) {
      // one side is untracked: the merged story cannot be judged whole any more
      this.forget(into);
      for (const id of b?.ids ?? []) this.records.delete(id);
      return;
    }
    a.ids.push(...b.ids);
    for (const [key, score] of b.pairs) a.pairs.set(key, score);
    for (const id of b.ids) this.records.get(id)!.storyId = into;
    if (a.ids.length > this.window) this.forget(into);
  }

  /** Moves `ids` from story `from` to a new story `to`, keeping their pair scores. */
  split(from: string, to: string, ids: readonly string[]): void {
    const story = this.stories.get(from);
    if (story === undefined) return;
    const leaving = new Set(ids);
    const moved: Membership = { ids: [...ids], pairs: new Map() };
    const stayed: Membership = { ids: story.ids.filter((id) => !leaving.has(id)), pairs: new Map() };
    for (const [key, score] of story.pairs) {
      const [a, b] = key.split("\u0000") as [string, string];
      if (leaving.has(a) && leaving.has(b)) moved.pairs.set(key, score);
      else if (!leaving.has(a) && !leaving.has(b)) stayed.pairs.set(key, score);
    }
    this.stories.set(from, stayed);
    this.stories.set(to, moved);
    for (const id of ids) this.records.get(id)!.storyId = to;
  }

  /**
   * Stories regrouped (`StoryClusterer.regroup`): each story in `groups` now has exactly those members (in
   * arrival order, all tracked before), and the stories in `emptied` have none. Pair scores within a new
   * group are kept.
   */
  regroup(groups: ReadonlyMap<string, readonly string[]>, emptied: readonly string[]): void {
    const pairs = new Map<string, number>();
    for (const storyId of [...groups.keys(), ...emptied]) {
      for (const [key, score] of this.stories.get(storyId)?.pairs ?? []) pairs.set(key, score);
      this.stories.delete(storyId);
    }
    for (const [storyId, ids] of groups) {
      const members = new Set(ids);
      const kept = new Map<string, number>();
      for (const [key, score] of pairs) {
        const [a, b] = key.split("\u0000") as [string, string];
        if (members.has(a) && members.has(b)) kept.set(key, score);
      }
      this.stories.set(storyId, { ids: [...ids], pairs: kept });
      for (const id of ids) this.records.get(id)!.storyId = storyId;
    }
  }

  /** The record of a tracked story's first member, or undefined when the story is not tracked. */
  first(storyId: string): MemberRecord | undefined {
    const id = this.stories.get(storyId)?.ids[0];
    return id === undefined ? undefined : this.records.get(id)?.record;
  }

  /** Member records of a tracked story, in arrival order, or undefined when it is not tracked. */
  members(storyId: string): { id: string; record: MemberRecord }[] | undefined {
    const story = this.stories.get(storyId);
    return story?.ids.map((id) => ({ id, record: this.records.get(id)!.record }));
  }

  /**
   * The best cut of a tracked story into two groups of at least `minGroup` members: average-linkage
   * agglomeration of its members down to two groups. Undefined when the story is untracked or too small.
   */
  bisect(storyId: string, score: PairScore, minGroup: number): Bisection | undefined {
    const story = this.stories.get(storyId);
    if (story === undefined || story.ids.length < 2 * minGroup) return undefined;
    const ids = story.ids;
    const n = ids.length;
    const records = ids.map((id) => this.records.get(id)!.record);
    // linkage[i][j]: mean pair score between groups i and j (Lance-Williams update for average linkage)
    const linkage = ids.map(() => new Float64Array(n));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const key = pairKey(ids[i]!, ids[j]!);
        let value = story.pairs.get(key);
        if (value === undefined) {
          value = (score(records[i]!, records[j]!) + score(records[j]!, records[i]!)) / 2;
          story.pairs.set(key, value);
        }
        linkage[i]![j] = value;
        linkage[j]![i] = value;
      }
    }
    const groups = averageLinkage(linkage, (left) => left <= 2);
    const [a, b] = groups;
    if (a === undefined || b === undefined || Math.min(a.members.length, b.members.length) < minGroup)
      return undefined;
    // the side holding the story's first member keeps the story (its id came from that article)
    const [stay, leave] = a.members.includes(0) ? [a.members, b.members] : [b.members, a.members];
    return {
      stay: stay.map((i) => ids[i]!),
      leave: leave.map((i) => ids[i]!),
      across: linkage[a.row]![b.row]!,
    };
  }

  private forget(storyId: string): void {
    const story = this.stories.get(storyId);
    if (story === undefined) return;
    for (const id of story.ids) this.records.delete(id);
    this.stories.delete(storyId);
  }
}
