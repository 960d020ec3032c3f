import {
  type ArticleFeatures,
  type ClusterArticle,
  describeArticle,
  type Features,
  indexFeatures,
} from "./article-features.js";
import { type ClusterState, InMemoryClusterState, type StoryProfile } from "./cluster-state.js";
import { DuplicateIndex } from "./duplicate-index.js";
import { signature } from "./minhash.js";
import type { ClusterSettings } from "./settings.js";
import {
  type ArticleSummary,
  evidenceScore,
  type StoryEvidence,
  storyEvidence,
  summarizeArticle,
} from "./story-evidence.js";
import { storyIdFor } from "./story-id.js";
import { addArticleToStory, emptyStory, mergeStories } from "./story-profile.js";
import { type MemberRecord, StoryMembers } from "./story-split.js";
import type { Idf } from "./weighted-bag.js";

/** Where an article went: its (live) story, the earlier article it copies, and stories merged away. */
export interface Placement {
  storyId: string;
  duplicateOf: string | null;
  signature: string;
  /** Story ids folded into `storyId` by this article (they now redirect to it). */
  merged: string[];
  /**
   * When this article showed that its story reports two events: the story cut in two. `articleIds`
   * (earlier members, and this article if it went with them) left story `from` for the new story `to`.
   */
  split: StorySplit | null;
}

export interface StorySplit {
  from: string;
  to: string;
  articleIds: string[];
}

/** The smallest group a story is cut into: one odd article is not a second event. */
const SPLIT_MIN_GROUP = 2;
/** A link threshold at or above this turns story linking off. */
const NEVER = 99;
/** How many closest candidate stories of each member are checked for a link. */
const LINK_CANDIDATES = 5;
/** Most recent members of each side scored when two stories are checked for a link. */
const LINK_MEMBERS = 12;
/**
 * Most rounds of linking per call: each round checks again the stories the previous round folded, since a
 * folded story has more to say than either fragment did (on the dev sets no call ran more than three).
 */
const LINK_ROUNDS = 8;

/** Work on an article that does not depend on the corpus, reusable across runs. */
export interface PreparedArticle {
  signature: string;
  features: ArticleFeatures;
}

export interface ClustererOptions {
  state?: ClusterState;
  duplicates?: DuplicateIndex;
  /** Recognises a proper name as a place (default: country names). */
  isPlace?: (name: string) => boolean;
}

/**
 * Online story clustering: each article joins the best-scoring candidate story or starts one. Candidates
 * come from posting lists of distinctive terms and names, so the cost per article does not grow with
 * the corpus; an article that fits a second story strongly too merges the two (the old id redirects).
 */
export class StoryClusterer {
  readonly state: ClusterState;
  private readonly duplicates: DuplicateIndex;
  private readonly idf: Idf<number>;
  private readonly members: StoryMembers;
  /** Stories that gained members since `linkStories` last looked. */
  private readonly touched = new Set<string>();

  constructor(
    private readonly settings: ClusterSettings,
    private readonly options: ClustererOptions = {},
  ) {
    this.state = options.state ?? new InMemoryClusterState();
    this.duplicates = options.duplicates ?? new DuplicateIndex(settings.duplicateSimilarity);
    this.members = new StoryMembers(settings.splitWindow, settings.splitMembers);
    this.idf = (key) =>
      Math.log((this.state.documentCount() + 1) / (this.state.documentFrequency(key) + 1)) + 1;
  }

  /** Places one article; its signature and features may be passed when already computed. */
  add(article: ClusterArticle, prepared: Partial<PreparedArticle> = {}): Placement {
    const sig = prepared.signature ?? signature(article.text);
    const duplicateOf = this.duplicates.add(article.id, sig);
    const features = this.count(article, prepared.features);
    const keys = this.queryKeys(features);
    const summary = this.summarize(features, keys);
    const copied = duplicateOf === null ? undefined : this.state.storyOfArticle(duplicateOf);
    const ranked = copied === undefined ? this.rankCandidates(features, keys, summary) : [];
    const best = ranked[0];
    let story: StoryProfile;
    const merged: string[] = [];
    if (copied !== undefined) {
      const id = this.state.resolve(copied);
      story = this.state.story(id) ?? emptyStory(id);
    } else if (best !== undefined && best.score >= this.settings.joinThreshold) {
      story = best.story;
      for (const other of ranked.slice(1)) {
        if (other.score < this.settings.mergeThreshold) break;
        const dropped = story.size >= other.story.size ? other.story : story;
        story = this.merge(story, other.story);
        merged.push(dropped.id);
      }
    } else {
      story = emptyStory(storyIdFor(article.id));
    }
    const priorSize = story.size;
    this.join(article.id, story, features, keys);
    const record = this.memberRecord(article.id, features, summary);
    // a report that starts a story remembers the story it came closest to joining
    if (priorSize === 0 && best !== undefined) record.nearest = this.state.storyNumber(best.story.id);
    this.members.add(story.id, article.id, record, priorSize);
    if (priorSize > 0) merged.push(...this.rejoinLoneReports(story.id, ranked));
    // a copy adds nothing a story's members could disagree about
    const split = duplicateOf === null ? this.trySplit(story.id) : null;
    this.touched.add(story.id);
    if (split !== null) this.touched.add(split.to);
    return {
      storyId: this.storyOf(article.id) ?? story.id,
      duplicateOf,
      signature: sig,
      merged,
      split,
    };
  }

  /** Re-adds an article already placed (rebuilding the state from a store), keeping its story. */
  restore(
    article: ClusterArticle,
    placed: { storyId: string; duplicateOf: string | null; signature: string },
  ) {
    this.duplicates.restore(article.id, placed.signature, placed.duplicateOf);
    const features = this.count(article);
    const id = this.state.resolve(placed.storyId);
    const story = this.state.story(id) ?? emptyStory(id);
    const priorSize = story.size;
    const keys = this.queryKeys(features);
    const summary = this.summarize(features, keys);
    // a report that started a story may rejoin the story it came closest to: find it as it was then
    const nearest = priorSize === 0 ? this.rankCandidates(features, keys, summary)[0] : undefined;
    this.join(article.id, story, features, keys);
    const record = this.memberRecord(article.id, features, summary);
    if (nearest !== undefined) record.nearest = this.state.storyNumber(nearest.story.id);
    this.members.add(id, article.id, record, priorSize);
  }

  /**
   * Another process sharing the store merged story `from` into story `to`: fold them here too, keeping
   * the store's surviving id, so this process's later placements agree with the store. Nothing changes
   * when either story is unknown here or they are already one.
   */
  followMerge(from: string, to: string): void {
    const gone = this.state.resolve(from);
    const kept = this.state.resolve(to);
    const into = this.state.story(kept);
    const other = this.state.story(gone);
    if (gone === kept || into === undefined || other === undefined) return;
    this.state.saveStory(mergeStories(into, other, this.settings.storyTerms, this.idf));
    this.members.merge(kept, gone);
    this.state.dropStory(gone);
    this.state.redirect(gone, kept);
  }

  /** The live story of a placed article (after merges and splits), or undefined if never placed. */
  storyOf(articleId: string): string | undefined {
    const id = this.state.storyOfArticle(articleId);
    return id === undefined ? undefined : this.state.resolve(id);
  }

  /** Candidate stories for an article with their evidence and scores, best first (changes nothing). */
  explain(article: ClusterArticle): { storyId: string; evidence: StoryEvidence; score: number }[] {
    const described = describeArticle(article, this.settings.titleWeight, this.options.isPlace);
    const features = indexFeatures(described, (key) => this.state.keyId(key));
    const keys = this.queryKeys(features);
    return this.rankCandidates(features, keys, this.summarize(features, keys)).map(
      ({ story, evidence, score }) => ({
        storyId: story.id,
        evidence,
        score,
      }),
    );
  }

  /** The story profile of a live story id (bag keys are vocabulary ids: see `storyTerms`). */
  story(storyId: string): StoryProfile | undefined {
    return this.state.story(this.state.resolve(storyId));
  }

  /** The kept terms of a live story's centroid with their weights, or an empty map for an unknown id. */
  storyTerms(storyId: string): Map<string, number> {
    const terms = new Map<string, number>();
    for (const [key, weight] of this.story(storyId)?.terms ?? []) terms.set(this.state.keyOf(key), weight);
    return terms;
  }

  /** Describes an article (unless given), puts its keys in the vocabulary and counts it as a document. */
  private count(article: ClusterArticle, features?: ArticleFeatures): Features<number> {
    const described = features ?? describeArticle(article, this.settings.titleWeight, this.options.isPlace);
    const indexed = indexFeatures(described, (key) => this.state.keyId(key));
    this.state.countDocument([...indexed.terms.keys(), ...indexed.names.keys(), ...indexed.numbers.keys()]);
    return indexed;
  }

  private join(articleId: string, story: StoryProfile, features: Features<number>, keys: readonly number[]) {
    this.state.saveStory(addArticleToStory(story, features, this.settings.storyTerms, this.idf));
    this.state.setStoryOfArticle(articleId, story.id);
    for (const key of keys) this.state.addPosting(key, story.id, this.settings.postingCap);
  }

  /** The live id of any story id ever issued (after merges). */
  resolve(storyId: string): string {
    return this.state.resolve(storyId);
  }

  private topKeys(bag: Map<number, number>, count: number): number[] {
    return [...bag]
      .map(([key, weight]): [number, number] => [key, weight * this.idf(key)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key]) => key);
  }

  private queryKeys(features: Features<number>): number[] {
    return [
      ...this.topKeys(features.terms, this.settings.queryTerms),
      ...this.topKeys(features.names, this.settings.queryTerms),
    ];
  }

  private summarize(features: Features<number>, keys: readonly number[]): ArticleSummary {
    return summarizeArticle(
      features,
      this.idf,
      keys.slice(0, Math.min(keys.length, this.settings.queryTerms)),
      this.settings.noveltyNames,
    );
  }

  private memberRecord(articleId: string, features: Features<number>, summary: ArticleSummary): MemberRecord {
    return { id: articleId, features, summary };
  }

  /** The evidence score of one member against another taken alone. */
  private readonly pairScore = (article: MemberRecord, other: MemberRecord): number => {
    other.alone ??= addArticleToStory(
      emptyStory(other.id),
      other.features,
      this.settings.storyTerms,
      this.idf,
    );
    return evidenceScore(
      storyEvidence(
        article.features,
        article.summary,
        other.alone,
        this.settings.dateScaleDays,
        this.settings.nearDays,
      ),
      this.settings,
    );
  };

  /**
   * Cuts a story in two when its members form two groups that score below `splitThreshold` against
   * each other on average: the side without the story's first article becomes a new story.
   */
  private trySplit(storyId: string): StorySplit | null {
    const cut = this.members.bisect(storyId, this.pairScore, SPLIT_MIN_GROUP);
    if (cut === undefined || cut.across >= this.settings.splitThreshold) return null;
    const records = new Map(this.members.members(storyId)?.map((m) => [m.id, m.record]));
    let to = storyIdFor(`${storyId} split ${cut.leave[0]}`);
    while (this.state.story(to) !== undefined || this.state.resolve(to) !== to) to = storyIdFor(`${to}'`);
    const rebuild = (id: string, ids: readonly string[]) => {
      let story = emptyStory(id);
      for (const member of ids)
        story = addArticleToStory(story, records.get(member)!.features, this.settings.storyTerms, this.idf);
      this.state.saveStory(story);
    };
    rebuild(storyId, cut.stay);
    rebuild(to, cut.leave);
    for (const member of cut.leave) {
      this.state.setStoryOfArticle(member, to);
      for (const key of this.queryKeys(records.get(member)!.features))
        this.state.addPosting(key, to, this.settings.postingCap);
    }
    this.members.split(storyId, to, cut.leave);
    return { from: storyId, to, articleIds: cut.leave };
  }

  /**
   * A correction after story `storyId` gained a member: a lone report (a story of one) among the article's
   * other candidates that came closest to joining this story when it arrived, but scored below the join
   * threshold, is scored again against the grown story and folded in when it reaches `rejoinThreshold`.
   * Without this a report that arrived before its event's story had much to say stays alone, since later
   * articles meet it only as a story of one. Returns the folded story ids.
   */
  private rejoinLoneReports(storyId: string, ranked: readonly { story: StoryProfile }[]): string[] {
    const folded: string[] = [];
    for (const { story: other } of ranked) {
      if (other.size !== 1 || other.id === storyId || this.state.resolve(other.id) !== other.id) continue;
      const lone = this.members.first(other.id);
      if (
        lone?.nearest === undefined ||
        this.state.liveNumber(lone.nearest) !== this.state.storyNumber(storyId)
      )
        continue;
      const grown = this.state.story(storyId);
      if (grown === undefined) continue;
      // weighed under today's IDF: a report that came early was weighed when little was known
      const summary = this.summarize(lone.features, this.queryKeys(lone.features));
      const evidence = storyEvidence(
        lone.features,
        summary,
        grown,
        this.settings.dateScaleDays,
        this.settings.nearDays,
      );
      if (evidenceScore(evidence, this.settings) < this.settings.rejoinThreshold) continue;
      this.state.saveStory(this.merge(grown, other));
      folded.push(other.id);
    }
    return folded;
  }

  /**
   * A correction over the stories that gained members since the last call: two stories are folded
   * together when the members of each score, on average, at least `linkThreshold` against the other story
   * (the lower of the two means). The pairs checked are each touched story and the closest candidate
   * stories of its recent members; both stories must still have their members tracked. Fragments of one
   * event that began apart and never met through one bridging article come together here. A story made
   * by a fold is checked again in the next round, until a round folds nothing (at most `LINK_ROUNDS`).
   * Returns each fold (the story id that went, and the one it went into), in order.
   */
  linkStories(): { from: string; to: string }[] {
    const folds: { from: string; to: string }[] = [];
    if (this.settings.linkThreshold >= NEVER) {
      this.touched.clear();
      return folds;
    }
    for (let round = 0; round < LINK_ROUNDS && this.touched.size > 0; round++) {
      const touched = [...this.touched];
      this.touched.clear();
      for (const fold of this.linkRound(touched)) {
        folds.push(fold);
        this.touched.add(fold.to);
      }
    }
    this.touched.clear();
    return folds;
  }

  /** One round of `linkStories` over the given stories. */
  private linkRound(touched: readonly string[]): { from: string; to: string }[] {
    const folds: { from: string; to: string }[] = [];
    const links: { a: string; b: string; score: number }[] = [];
    const seen = new Set<string>();
    for (const touchedId of touched) {
      const a = this.state.resolve(touchedId);
      const own = this.members.members(a);
      const ownStory = this.state.story(a);
      if (own === undefined || ownStory === undefined) continue;
      for (const { record } of own.slice(-LINK_MEMBERS)) {
        const keys = this.queryKeys(record.features);
        const ranked = this.rankCandidates(record.features, keys, this.summarize(record.features, keys));
        for (const { story } of ranked.slice(0, LINK_CANDIDATES)) {
          const b = this.state.resolve(story.id);
          const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
          if (b === a || seen.has(pair)) continue;
          seen.add(pair);
          const theirs = this.members.members(b);
          const otherStory = this.state.story(b);
          if (theirs === undefined || otherStory === undefined) continue;
          const score = Math.min(this.meanScore(own, otherStory), this.meanScore(theirs, ownStory));
          if (score >= this.settings.linkThreshold) links.push({ a, b, score });
        }
      }
    }
    links.sort((x, y) => y.score - x.score);
    for (const link of links) {
      const a = this.state.resolve(link.a);
      const b = this.state.resolve(link.b);
      const storyA = this.state.story(a);
      const storyB = this.state.story(b);
      if (a === b || storyA === undefined || storyB === undefined) continue;
      const merged = this.merge(storyA, storyB);
      this.state.saveStory(merged);
      folds.push({ from: merged.id === a ? b : a, to: merged.id });
    }
    return folds;
  }

  /** Mean score of a story's most recent members against another story, each weighed under today's IDF. */
  private meanScore(members: readonly { record: MemberRecord }[], story: StoryProfile): number {
    const recent = members.slice(-LINK_MEMBERS);
    let sum = 0;
    for (const { record } of recent) {
      const summary = this.summarize(record.features, this.queryKeys(record.features));
      sum += evidenceScore(
        storyEvidence(record.features, summary, story, this.settings.dateScaleDays, this.settings.nearDays),
        this.settings,
      );
    }
    return sum / recent.length;
  }

  private rankCandidates(features: Features<number>, keys: readonly number[], norms: ArticleSummary) {
    // count posting hits per stored story number first, then follow merges once per distinct number
    const raw = new Map<number, number>();
    for (const key of keys) for (const n of this.state.postings(key)) raw.set(n, (raw.get(n) ?? 0) + 1);
    const hits = new Map<number, number>();
    for (const [n, count] of raw) {
      const live = this.state.liveNumber(n);
      hits.set(live, (hits.get(live) ?? 0) + count);
    }
    const candidates = [...hits]
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.settings.maxCandidates)
      .map(([n]) => this.state.storyByNumber(n))
      .filter((story): story is StoryProfile => story !== undefined);
    return candidates
      .map((story) => {
        const evidence = storyEvidence(
          features,
          norms,
          story,
          this.settings.dateScaleDays,
          this.settings.nearDays,
        );
        return { story, evidence, score: evidenceScore(evidence, this.settings) };
      })
      .sort((a, b) => b.score - a.score);
  }

  private merge(into: StoryProfile, from: StoryProfile): StoryProfile {
    const [big, small] = into.size >= from.size ? [into, from] : [from, into];
    const result = mergeStories(big, small, this.settings.storyTerms, this.idf);
    this.members.merge(big.id, small.id);
    this.state.dropStory(small.id);
    this.state.redirect(small.id, big.id);
    return result;
  }
}
