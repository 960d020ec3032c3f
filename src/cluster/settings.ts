import type { StoryEvidence } from "./story-evidence.js";

/** Weights of the evidence that an article belongs to a story, and the decision thresholds. */
export interface ClusterSettings {
  /** Weight of each kind of evidence (see StoryEvidence); disagreement carries a negative weight. */
  weights: Record<keyof StoryEvidence, number>;
  /** Days over which the date-gap evidence rises towards 1 (a decaying window, not a cut). */
  dateScaleDays: number;
  /** How many of an article's most distinctive names `nameNovelty` looks at. */
  noveltyNames: number;
  /** Join the best story when its score reaches this; otherwise start a new story. */
  joinThreshold: number;
  /** Merge a second story into the joined one when the article scores this high against it too. */
  mergeThreshold: number;
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
 * The one setting for all data. Fitted by `npx tsx eval/cluster.ts --fit` (CROSSCHECK_SHARED=/work/shared):
 * coordinate ascent on mean B-cubed F1 over ecbplus-dev (subtopics) and gvc-dev (incidents), checked by
 * 5-fold cross-validation with whole topics / incidents held out; see docs in eval/cluster.ts.
 */
export const CLUSTER_SETTINGS: ClusterSettings = {
  weights: {
    cosine: 1,
    names: 0.5,
    numbers: 0.2,
    placeConflict: 0,
    yearConflict: -0.2,
    termNovelty: -0.1,
    nameNovelty: 0,
    dateGap: -0.1,
  },
  dateScaleDays: 30,
  noveltyNames: 3,
  joinThreshold: 0.3,
  mergeThreshold: 0.6,
  duplicateSimilarity: 0.7,
  titleWeight: 2,
  queryTerms: 12,
  storyTerms: 80,
  postingCap: 64,
  maxCandidates: 48,
};
