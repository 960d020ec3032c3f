import {
  type ArticleFeatures,
  type ClusterArticle,
  describeArticle,
  type Features,
  indexFeatures,
} from "./article-features.js";
import { type ClusterState, InMemoryClusterState, ReplayState, type StoryProfile } from "./cluster-state.js";
import { consensusGroups } from "./consensus.js";
import { DuplicateIndex } from "./duplicate-index.js";
import { signature } from "./minhash.js";
import type { ClusterSettings } from "./settings.js";
import { shuffled } from "./shuffle.js";
import {
  type ArticleSummary,
  evidenceScore,
  joinScore,
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

/** What `StoryClusterer.regroup` changed. */
export interface Regrouping {
  /** Articles that changed story, with the story each group of them went to. */
  moves: { articleIds: string[]; storyId: string }[];
  /** Stories left without members, each redirected to the story that took most of them. */
  redirects: { from: string; to: string }[];
  /** The stories whose members changed (new ones included), as they stand now. */
  changed: string[];
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
/** Stories regrouping takes in besides the batch's own: the closest candidates of each batch article. */
const REGROUP_NEIGHBOURS = 3;

/** The keys of an article that count towards document frequencies. */
function countedKeys(features: Features<number>): number[] {
  return [...features.terms.keys(), ...features.names.keys(), ...features.numbers.keys()];
}

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
  /** Articles placed since `regroup` last looked. */
  private readonly batch = new Set<string>();
  /** Member records made so far (their arrival numbers). */
  private arrivals = 0;

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
    const copied = duplicateOf === null ? undefined : this.state.storyOfArticle(duplicateOf);
    const placed = this.place(article.id, features, duplicateOf !== null, copied);
    this.batch.add(article.id);
    return {
      storyId: this.storyOf(article.id) ?? placed.storyId,
      duplicateOf,
      signature: sig,
      merged: placed.merged,
      split: placed.split,
    };
  }

  /**
   * Places an article whose features are counted already: a copy joins the story of the article it
   * copies (`copied`), anything else the best candidate story that reaches the join threshold (merging
   * any other that reaches the merge threshold), or a story of its own.
   */
  private place(
    articleId: string,
    features: Features<number>,
    isCopy: boolean,
    copied: string | undefined,
  ): { storyId: string; merged: string[]; split: StorySplit | null } {
    const keys = this.queryKeys(features);
    const summary = this.summarize(features, keys);
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
      story = emptyStory(storyIdFor(articleId));
    }
    const priorSize = story.size;
    this.join(articleId, story, features, keys);
    const record = this.memberRecord(articleId, features, summary);
    // a report that starts a story remembers the story it came closest to joining
    if (priorSize === 0 && best !== undefined) record.nearest = this.state.storyNumber(best.story.id);
    this.members.add(story.id, articleId, record, priorSize);
    if (priorSize > 0) merged.push(...this.rejoinLoneReports(story.id, ranked));
    // a copy adds nothing a story's members could disagree about
    const split = isCopy ? null : this.trySplit(story.id);
    this.touched.add(story.id);
    if (split !== null) this.touched.add(split.to);
    return { storyId: story.id, merged, split };
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
    this.state.countDocument(countedKeys(indexed));
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
    return { id: articleId, features, summary, arrival: this.arrivals++ };
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
      if (joinScore(evidence, this.settings) < this.settings.rejoinThreshold) continue;
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
    // the IDF does not change while linking: each member's summary is made once per round
    const summaries = new Map<MemberRecord, { keys: number[]; summary: ArticleSummary }>();
    const summaryOf = (record: MemberRecord) => {
      let found = summaries.get(record);
      if (found === undefined) {
        const keys = this.queryKeys(record.features);
        found = { keys, summary: this.summarize(record.features, keys) };
        summaries.set(record, found);
      }
      return found;
    };
    for (const touchedId of touched) {
      const a = this.state.resolve(touchedId);
      const own = this.members.members(a);
      const ownStory = this.state.story(a);
      if (own === undefined || ownStory === undefined) continue;
      for (const { record } of own.slice(-LINK_MEMBERS)) {
        const { keys, summary } = summaryOf(record);
        const ranked = this.rankCandidates(record.features, keys, summary);
        for (const { story } of ranked.slice(0, LINK_CANDIDATES)) {
          const b = this.state.resolve(story.id);
          const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
          if (b === a || seen.has(pair)) continue;
          seen.add(pair);
          const theirs = this.members.members(b);
          const otherStory = this.state.story(b);
          if (theirs === undefined || otherStory === undefined) continue;
          const score = Math.min(
            this.meanScore(own, otherStory, summaryOf),
            this.meanScore(theirs, ownStory, summaryOf),
          );
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

  /**
   * A correction after a batch, made after `linkStories`: the stories the batch's articles are in, and the
   * closest candidate stories of each, are placed again from their members in `regroupOrders - 1` other
   * arrival orders (fixed shuffles, in a replay that shares this clusterer's vocabulary and document
   * counts and changes nothing here). Each member then goes with the members it shared a story with in
   * most of the orders, this one included: average linkage over the share of orders that put two members
   * together, joining groups while that share is at least `regroupAgreement`. Online placement depends on the order
   * articles arrive in; this takes the decision most orders agree on. Only stories whose members are all
   * tracked take part (see `splitWindow`, `splitMembers`), so every regrouped story is rebuilt whole from
   * its members. A group keeps the id of the story that holds most of it; a story left without members is
   * redirected to the story that took most of them.
   */
  regroup(): Regrouping {
    const batch = [...this.batch];
    this.batch.clear();
    const none: Regrouping = { moves: [], redirects: [], changed: [] };
    if (this.settings.regroupOrders < 2 || batch.length === 0) return none;
    const records = this.regroupScope(batch);
    if (records.length < 2) return none;
    const ids = records.map((r) => r.id);
    const current = new Map(ids.map((id) => [id, this.storyOf(id)!]));
    const groupings: Map<string, string>[] = [current];
    for (let replay = 1; replay < this.settings.regroupOrders; replay++)
      groupings.push(this.replay(shuffled(records, replay)));
    const groups = consensusGroups(ids, groupings, this.settings.regroupAgreement);
    return this.applyGroups(groups, current, new Map(records.map((r) => [r.id, r])));
  }

  /** The member records of the tracked stories of the batch and of each article's closest candidates. */
  private regroupScope(batch: readonly string[]): MemberRecord[] {
    const stories = new Set<string>();
    for (const articleId of batch) {
      const storyId = this.storyOf(articleId);
      if (storyId === undefined) continue;
      const members = this.members.members(storyId);
      if (members === undefined) continue;
      stories.add(storyId);
      const record = members.find((m) => m.id === articleId)?.record;
      if (record === undefined) continue;
      const keys = this.queryKeys(record.features);
      const ranked = this.rankCandidates(record.features, keys, this.summarize(record.features, keys));
      for (const { story } of ranked.slice(0, REGROUP_NEIGHBOURS)) {
        const id = this.state.resolve(story.id);
        if (this.members.members(id) !== undefined) stories.add(id);
      }
    }
    const records = [...stories].flatMap((id) => this.members.members(id)!.map((m) => m.record));
    return records.sort((a, b) => a.arrival - b.arrival);
  }

  /** Places the records again, in this order, from no stories, and returns the story of each. */
  private replay(records: readonly MemberRecord[]): Map<string, string> {
    // the replay never checks for copies: it shares the near-duplicate index rather than build one
    const replay = new StoryClusterer(this.settings, {
      ...this.options,
      state: new ReplayState(
        this.state,
        records.map((r) => countedKeys(r.features)),
      ),
      duplicates: this.duplicates,
    });
    for (const record of records) {
      replay.state.countDocument(countedKeys(record.features));
      replay.place(record.id, record.features, false, undefined);
    }
    replay.linkStories();
    return new Map(records.map((r) => [r.id, replay.storyOf(r.id)!]));
  }

  /**
   * Makes the consensus groups the stories of their members: each group keeps the id of the story holding
   * most of it (one group per story, largest overlap first) or takes a new id, and every story whose
   * members changed is rebuilt from them.
   */
  private applyGroups(
    groups: readonly string[][],
    current: ReadonlyMap<string, string>,
    records: ReadonlyMap<string, MemberRecord>,
  ): Regrouping {
    const overlaps: { group: number; storyId: string; count: number }[] = [];
    groups.forEach((group, index) => {
      const counts = new Map<string, number>();
      for (const id of group) counts.set(current.get(id)!, (counts.get(current.get(id)!) ?? 0) + 1);
      for (const [storyId, count] of counts) overlaps.push({ group: index, storyId, count });
    });
    overlaps.sort((a, b) => b.count - a.count || a.group - b.group || (a.storyId < b.storyId ? -1 : 1));
    const idOf = new Map<number, string>();
    const taken = new Set<string>();
    for (const { group, storyId } of overlaps) {
      if (idOf.has(group) || taken.has(storyId)) continue;
      idOf.set(group, storyId);
      taken.add(storyId);
    }
    const target = new Map<string, string>();
    groups.forEach((group, index) => {
      let id = idOf.get(index);
      if (id === undefined) {
        id = storyIdFor(`${group[0]} regrouped`);
        while (this.state.story(id) !== undefined || this.state.resolve(id) !== id) id = storyIdFor(`${id}'`);
      }
      for (const member of group) target.set(member, id);
    });
    const moved = [...target].filter(([id, storyId]) => current.get(id) !== storyId).map(([id]) => id);
    if (moved.length === 0) return { moves: [], redirects: [], changed: [] };
    const changed = new Set<string>();
    for (const id of moved) changed.add(target.get(id)!).add(current.get(id)!);
    const membersOf = new Map<string, string[]>();
    for (const [id, storyId] of target)
      if (changed.has(storyId)) membersOf.set(storyId, [...(membersOf.get(storyId) ?? []), id]);
    // a story all of whose members went elsewhere: redirected to the story that took most of them
    const redirects: { from: string; to: string }[] = [];
    for (const storyId of changed) {
      if (membersOf.has(storyId)) continue;
      const went = new Map<string, number>();
      for (const [id, from] of current)
        if (from === storyId) went.set(target.get(id)!, (went.get(target.get(id)!) ?? 0) + 1);
      const to = [...went].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      redirects.push({ from: storyId, to });
    }
    for (const [storyId, memberIds] of membersOf) {
      memberIds.sort((a, b) => records.get(a)!.arrival - records.get(b)!.arrival);
      let story = emptyStory(storyId);
      for (const id of memberIds)
        story = addArticleToStory(story, records.get(id)!.features, this.settings.storyTerms, this.idf);
      this.state.saveStory(story);
    }
    for (const id of moved) {
      const storyId = target.get(id)!;
      this.state.setStoryOfArticle(id, storyId);
      for (const key of this.queryKeys(records.get(id)!.features))
        this.state.addPosting(key, storyId, this.settings.postingCap);
    }
    for (const { from, to } of redirects) {
      this.state.dropStory(from);
      this.state.redirect(from, to);
    }
    this.members.regroup(
      membersOf,
      redirects.map((r) => r.from),
    );
    const moves = new Map<string, string[]>();
    for (const id of moved) moves.set(target.get(id)!, [...(moves.get(target.get(id)!) ?? []), id]);
    return {
      moves: [...moves].map(([storyId, articleIds]) => ({ articleIds, storyId })),
      redirects,
      changed: [...membersOf.keys()],
    };
  }

  /** Mean score of a story's most recent members against another story, each weighed under today's IDF. */
  private meanScore(
    members: readonly { record: MemberRecord }[],
    story: StoryProfile,
    summaryOf: (record: MemberRecord) => { summary: ArticleSummary },
  ): number {
    const recent = members.slice(-LINK_MEMBERS);
    let sum = 0;
    for (const { record } of recent) {
      const { summary } = summaryOf(record);
      sum += joinScore(
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
        return { story, evidence, score: joinScore(evidence, this.settings) };
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
