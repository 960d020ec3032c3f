import type { WeightedEvidence } from "./story-evidence.js";

/** Weights of the evidence that an article belongs to a story, and the decision thresholds. */
export interface ClusterSettings {
  /** Weight of each kind of evidence (see StoryEvidence); disagreement carries a negative weight. */
  weights: Record<WeightedEvidence, number>;
  /** Added to `weights` when both the article and the story are dated. */
  datedWeights: Partial<Record<WeightedEvidence, number>>;
  /** Days over which the date-gap evidence rises towards 1 (a decaying window, not a cut). */
  dateScaleDays: number;
  /** Days over which the date-proximity evidence falls from 1 towards 0. */
  nearDays: number;
  /** How many of an article's most distinctive names `nameNovelty` looks at. */
  noveltyNames: number;
  /** Join the best story when its score reaches this; otherwise start a new story. */
  joinThreshold: number;
  /**
   * The least word overlap (TF-IDF cosine with the story) at which a report may join a story or a story
   * be linked to another, whatever their places and dates say: a weighted sum lets a shared town and
   * day outweigh having nothing else in common (a storm report joining a train crash's story). Not
   * fitted: set under the lowest cosine of any report with its own story in the fitted data (0.057 on
   * ecbplus-dev, 0.097 on gvc-dev), so it turns away only what the data never joins.
   */
  contentFloor: number;
  /** Merge a second story into the joined one when the article scores this high against it too. */
  mergeThreshold: number;
  /**
   * A lone report (a story of one) folds into the story it came closest to joining, once that story has
   * gained a member, when it scores at least this against it (checked for the lone reports among each
   * joining article's candidates). The fit keeps it equal to `joinThreshold`.
   */
  rejoinThreshold: number;
  /**
   * Fold two stories together when the members of each score, on average, at least this against the
   * other story (the lower of the two means): fragments of one event that began apart and never met
   * through a single bridging article. Checked after a batch of articles (`StoryClusterer.linkStories`)
   * for the stories that gained members in it, while both stories have their members tracked. 99: never.
   */
  linkThreshold: number;
  /**
   * Cut a story in two when its members fall into two groups (of two or more) whose mean pair score
   * (each member against each other member alone) is below this: it turned out to report two events.
   */
  splitThreshold: number;
  /** Stories are judged for a split while they have at most this many members. */
  splitWindow: number;
  /** Member records kept for judging splits (the most recent ones). */
  splitMembers: number;
  /**
   * Arrival orders a batch's stories are weighed in by `StoryClusterer.regroup` (the order they came in
   * and this many minus one replays); below 2, no regrouping.
   */
  regroupOrders: number;
  /**
   * Share of those orders that must put two groups of members together, on average, for regrouping to
   * keep them in one story (fitted last: see below).
   */
  regroupAgreement: number;
  /** Estimated shingle Jaccard at which an article is a near-duplicate of an earlier one. */
  duplicateSimilarity: number;
  /** Title words count this many extra times. */
  titleWeight: number;
  /** Distinctive terms of an article used to look up candidate stories. */
  queryTerms: number;
  /** Terms / names / figures kept per story. */
  storyTerms: number;
  /** Stories kept per posting list (most recently touched). */
  postingCap: number;
  /** Candidates scored per article (those sharing most query keys). */
  maxCandidates: number;
}

/**
 * The one setting for all data, as printed by `CROSSCHECK_SHARED=/work/shared npx tsx eval/cluster.ts
 * --fit` (nothing here was adjusted by hand), before dateline dates were read in tokenised text: the refit
 * after that scored the same on the fitted data and lower on the everyday-stories set no fit sees, so it
 * was not adopted (docs/EVALUATION.md). The procedure (eval/cluster-fit.ts, eval/cluster-learn.ts):
 * 1. replay each data set (ecbplus-dev, gvc-dev, 600 generated look-alike incidents) in three arrival
 *    orders, each article placed in its own event's story, and record the evidence of the article
 *    against every candidate story the index offers (the ten closest in words and names);
 * 2. fit a logistic regression (L2, each data set weighing the same) on "is this the right story":
 *    its coefficients are `weights` and `datedWeights`, its intercept the first `joinThreshold`;
 * 3. tune `joinThreshold` (`rejoinThreshold` kept equal to it), `mergeThreshold`, `splitThreshold` and
 *    `linkThreshold` for mean B-cubed F1 by coordinate ascent, then the split and link thresholds as a
 *    pair (each run linked at its end).
 * 4. with those thresholds, choose `regroupAgreement` for mean F1 with regrouping on (`tuneAgreement`;
 *    the thresholds are searched without regrouping, for its cost). The all-data fit chose 0.3 with the
 *    thresholds below, which `tuneAgreement` alone reproduces (they come from a fit made before
 *    regrouping existed, which regrouping does not change).
 * Its held-out quality comes from running the same procedure in 5-fold cross-validation (whole ECB+
 * topics / incidents held out, the held-out fold clustered alone); see docs/EVALUATION.md.
 * `storyTerms`, `postingCap`, `maxCandidates`, `splitWindow` and `splitMembers` bound the work per article
 * (bench/cluster.ts); they are set for cost, not fitted.
 */
export const CLUSTER_SETTINGS: ClusterSettings = {
  weights: {
    cosine: 1.239,
    names: 1.877,
    numbers: 1.394,
    placeConflict: -0.679,
    placeShared: 0.232,
    yearConflict: -1.06,
    weekdayConflict: -1.362,
    dated: 0.402,
    dateNear: 1.26,
    termNovelty: -0.601,
    nameNovelty: -1.795,
    storyNameNovelty: -1.948,
    storyNumberNovelty: -0.926,
    storySize: -0.628,
    dateGap: -1.65,
  },
  datedWeights: {
    cosine: 0.463,
    names: 0.678,
    numbers: 0.722,
    termNovelty: 0.391,
    nameNovelty: -0.644,
    yearConflict: -0.018,
    placeShared: 0.508,
    placeConflict: -0.33,
    storySize: 0.072,
  },
  dateScaleDays: 30,
  nearDays: 3,
  noveltyNames: 3,
  joinThreshold: -2.5,
  contentFloor: 0.04,
  mergeThreshold: 0,
  rejoinThreshold: -2.5,
  linkThreshold: -2.5,
  splitThreshold: -1.5,
  splitWindow: 32,
  splitMembers: 1000,
  regroupOrders: 8,
  regroupAgreement: 0.3,
  duplicateSimilarity: 0.7,
  titleWeight: 2,
  queryTerms: 12,
  storyTerms: 48,
  postingCap: 24,
  maxCandidates: 24,
};
