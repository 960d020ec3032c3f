import type { Features } from "./article-features.js";
import type { StoryProfile } from "./cluster-state.js";
import { placesDisjoint } from "./places.js";
import type { ClusterSettings } from "./settings.js";
import { type Bag, bagCosine, bagNorm, type Idf, idfSquared, topKeys } from "./weighted-bag.js";

/** How well an article fits a story, feature by feature, each in 0..1. */
export interface StoryEvidence {
  /** IDF-weighted cosine of title+body terms against the story centroid. */
  cosine: number;
  /**
   * The part of `cosine` that is not the article's place names: what the two share beyond where it
   * happened (which `placeShared` weighs). Not weighted: the content floor (`joinScore`) reads it.
   */
  content: number;
  /** IDF-weighted cosine of proper names / entity keys. */
  names: number;
  /** IDF-weighted cosine of figures written with digits (tolls, ages). */
  numbers: number;
  /** 1 when both name places and none of the article's can be the story's scene (`placesDisjoint`). */
  placeConflict: number;
  /** 1 when the article names a place the story's articles name too. */
  placeShared: number;
  /** 1 when both mention calendar years and none is shared. */
  yearConflict: number;
  /** 1 when both name weekdays and none is shared. */
  weekdayConflict: number;
  /** 1 when both the article and the story are dated (the dated weights then apply too). */
  dated: number;
  /** exp(-days between the article's date and the nearest member's / nearDays); 0 if either is undated. */
  dateNear: number;
  /** Share of the article's top terms (`queryTerms`) the story lacks. */
  termNovelty: number;
  /** Share of the article's `noveltyNames` most mentioned names the story lacks. */
  nameNovelty: number;
  /** Share of the story's most weighty names (`StoryProfile.topNames`) the article does not name. */
  storyNameNovelty: number;
  /** Share of the story's most weighty figure the article does not give (0 when the story has none). */
  storyNumberNovelty: number;
  /** How big the story already is: log2(1 + members) / 5, capped at 1. */
  storySize: number;
  /** 1 - exp(-days between the article's date and the nearest member's / dateScaleDays); 0 if undated. */
  dateGap: number;
}

/** The evidence the score weighs: all but `content`, which only the content floor reads. */
export type WeightedEvidence = Exclude<keyof StoryEvidence, "content">;

/** An article's bags weighted for comparison, their norms and its most distinctive keys: computed once per article. */
export interface ArticleSummary<K = number> {
  /** The bags with each weight times its key's squared IDF (see `idfSquared`). */
  weighted: { terms: Bag<K>; names: Bag<K>; numbers: Bag<K> };
  terms: number;
  names: number;
  numbers: number;
  topTerms: readonly K[];
  topNames: readonly K[];
}

/** Weighs an article for comparison with stories under the current IDF. */
export function summarizeArticle<K>(
  article: Features<K>,
  idf: Idf<K>,
  topTerms: readonly K[],
  noveltyNames: number,
): ArticleSummary<K> {
  return {
    weighted: {
      terms: idfSquared(article.terms, idf),
      names: idfSquared(article.names, idf),
      numbers: idfSquared(article.numbers, idf),
    },
    terms: bagNorm(article.terms, idf),
    names: bagNorm(article.names, idf),
    numbers: bagNorm(article.numbers, idf),
    topTerms,
    topNames: topKeys(article.nameMentions, noveltyNames, idf),
  };
}

function missingShare<K>(keys: readonly K[], bag: Map<K, number>): number {
  if (keys.length === 0) return 0;
  let missing = 0;
  for (const key of keys) if (!bag.has(key)) missing++;
  return missing / keys.length;
}

function disjoint(keys: readonly string[], counts: Map<string, number>): boolean {
  if (keys.length === 0 || counts.size === 0) return false;
  return !keys.some((key) => counts.has(key));
}

function dated<K>(day: number | null, story: StoryProfile<K>): boolean {
  return day !== null && story.firstDay !== null;
}

/** Days between an article's date and the nearest day the story's members report (0 if either is undated). */
function daysApart<K>(day: number | null, story: StoryProfile<K>): number {
  if (day === null || story.firstDay === null || story.lastDay === null) return 0;
  if (day <= story.firstDay) return story.firstDay - day;
  if (day >= story.lastDay) return day - story.lastDay;
  let nearest = Math.min(day - story.firstDay, story.lastDay - day);
  // binary search for the first member day at or after `day`; the nearest is it or the one before
  const days = story.dayList;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  if (low < days.length) nearest = Math.min(nearest, days[low]! - day);
  if (low > 0) nearest = Math.min(nearest, day - days[low - 1]!);
  return nearest;
}

export function storyEvidence<K>(
  article: Features<K>,
  norms: ArticleSummary<K>,
  story: StoryProfile<K>,
  dateScaleDays: number,
  nearDays = 3,
): StoryEvidence {
  const cosine = bagCosine(norms.weighted.terms, norms.terms, story.terms, story.termNorm);
  let placeDot = 0;
  for (const key of article.placeTerms) {
    const weight = story.terms.get(key);
    if (weight !== undefined) placeDot += weight * (norms.weighted.terms.get(key) ?? 0);
  }
  const placeShare =
    norms.terms === 0 || story.termNorm === 0 ? 0 : placeDot / (norms.terms * story.termNorm);
  return {
    cosine,
    content: Math.max(0, cosine - placeShare),
    names: bagCosine(norms.weighted.names, norms.names, story.names, story.nameNorm),
    numbers: bagCosine(norms.weighted.numbers, norms.numbers, story.numbers, story.numberNorm),
    placeConflict: placesDisjoint(article.places, story.places) ? 1 : 0,
    placeShared: article.places.some((key) => story.places.has(key)) ? 1 : 0,
    yearConflict: disjoint(article.years, story.years) ? 1 : 0,
    weekdayConflict: disjoint(article.weekdays, story.weekdays) ? 1 : 0,
    dated: dated(article.day, story) ? 1 : 0,
    dateNear: dated(article.day, story) ? Math.exp(-daysApart(article.day, story) / nearDays) : 0,
    termNovelty: missingShare(norms.topTerms, story.terms),
    nameNovelty: missingShare(norms.topNames, story.names),
    storyNameNovelty: missingShare(story.topNames, article.names),
    storySize: Math.min(1, Math.log2(1 + story.size) / 5),
    storyNumberNovelty: missingShare(story.topNumbers, article.numbers),
    dateGap: 1 - Math.exp(-daysApart(article.day, story) / dateScaleDays),
  };
}

/**
 * The single score compared against the join and merge thresholds: the weighted sum of the evidence,
 * plus, when article and story are both dated, the dated weights (dates change what words are worth).
 */
/** Below this, the words an article shares with a story are its place names and nothing else. */
const NO_CONTENT = 1e-9;

/**
 * The score of a report against a story it might join (or a member against a story it might be linked
 * to): the evidence score, or minus infinity when they share less content than `contentFloor`, or no
 * word but the names of places (a port's trade figures and a flood in the same city, reported the same
 * day: the shared place and date would otherwise outweigh having nothing else in common).
 */
export function joinScore(evidence: StoryEvidence, settings: ClusterSettings): number {
  return evidence.cosine < settings.contentFloor || evidence.content < NO_CONTENT
    ? Number.NEGATIVE_INFINITY
    : evidenceScore(evidence, settings);
}

export function evidenceScore(evidence: StoryEvidence, settings: ClusterSettings): number {
  let score = 0;
  for (const key of Object.keys(settings.weights) as WeightedEvidence[]) {
    score += settings.weights[key] * evidence[key];
    if (evidence.dated === 1) score += (settings.datedWeights[key] ?? 0) * evidence[key];
  }
  return score;
}
