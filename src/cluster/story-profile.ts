import type { Features } from "./article-features.js";
import type { StoryProfile } from "./cluster-state.js";
import { addInto, bagNorm, type Idf, keepTop, topKeys } from "./weighted-bag.js";

function countInto<K>(target: Map<K, number>, keys: Iterable<[K, number]>): void {
  for (const [key, count] of keys) target.set(key, (target.get(key) ?? 0) + count);
}

function minDay(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

function maxDay(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.max(a, b);
}

/** How many of a story's names and figures `topNames` / `topNumbers` keep. */
export const STORY_TOP_NAMES = 3;
const STORY_TOP_NUMBERS = 1;

/** Truncates the bags to `limit` keys and refreshes their cached norms and top keys under the current IDF. */
function settle<K>(story: StoryProfile<K>, limit: number, idf: Idf<K>): StoryProfile<K> {
  story.terms = keepTop(story.terms, limit, idf);
  story.names = keepTop(story.names, limit, idf);
  story.numbers = keepTop(story.numbers, limit, idf);
  story.termNorm = bagNorm(story.terms, idf);
  story.nameNorm = bagNorm(story.names, idf);
  story.numberNorm = bagNorm(story.numbers, idf);
  story.topNames = topKeys(story.names, STORY_TOP_NAMES, idf);
  story.topNumbers = topKeys(story.numbers, STORY_TOP_NUMBERS, idf);
  story.places = keepTop(story.places, limit, () => 1);
  story.years = keepTop(story.years, limit, () => 1);
  if (story.days.size > limit) {
    story.days = keepDays(story.days, limit);
    story.dayList = sortedDays(story.days);
  }
  return story;
}

/**
 * Keeps at most `limit` distinct member days: when there are more, the days fewest members report go
 * first, the oldest of those first (the story's first and last day stay in `firstDay` / `lastDay`).
 */
function keepDays(days: Map<number, number>, limit: number): Map<number, number> {
  const kept = [...days].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit);
  return new Map(kept);
}

function sortedDays(days: Map<number, number>): number[] {
  return [...days.keys()].sort((a, b) => a - b);
}

/** Counts a member's day into the story, keeping `dayList` sorted. */
function addDay<K>(story: StoryProfile<K>, day: number): void {
  const count = story.days.get(day);
  story.days.set(day, (count ?? 0) + 1);
  if (count !== undefined) return;
  let at = story.dayList.length;
  while (at > 0 && story.dayList[at - 1]! > day) at--;
  story.dayList.splice(at, 0, day);
}

export function emptyStory<K = number>(id: string): StoryProfile<K> {
  return {
    id,
    size: 0,
    terms: new Map(),
    termNorm: 0,
    names: new Map(),
    nameNorm: 0,
    topNames: [],
    topNumbers: [],
    numbers: new Map(),
    numberNorm: 0,
    places: new Map(),
    years: new Map(),
    weekdays: new Map(),
    firstDay: null,
    lastDay: null,
    days: new Map(),
    dayList: [],
  };
}

/** Adds an article's evidence to a story (centroid as a sum of unit vectors, bounded to `limit` keys). */
export function addArticleToStory<K>(
  story: StoryProfile<K>,
  article: Features<K>,
  limit: number,
  idf: Idf<K>,
): StoryProfile<K> {
  story.size++;
  addInto(story.terms, article.terms);
  addInto(story.names, article.names);
  addInto(story.numbers, article.numbers);
  countInto(
    story.places,
    article.places.map((key): [string, number] => [key, 1]),
  );
  countInto(
    story.years,
    article.years.map((key): [string, number] => [key, 1]),
  );
  countInto(
    story.weekdays,
    article.weekdays.map((key): [string, number] => [key, 1]),
  );
  story.firstDay = minDay(story.firstDay, article.day);
  story.lastDay = maxDay(story.lastDay, article.day);
  if (article.day !== null) addDay(story, article.day);
  return settle(story, limit, idf);
}

/** Folds story `from` into story `into` (sizes, bags, places, years and date range). */
export function mergeStories<K>(
  into: StoryProfile<K>,
  from: StoryProfile<K>,
  limit: number,
  idf: Idf<K>,
): StoryProfile<K> {
  into.size += from.size;
  addInto(into.terms, from.terms);
  addInto(into.names, from.names);
  addInto(into.numbers, from.numbers);
  countInto(into.places, from.places);
  countInto(into.years, from.years);
  countInto(into.weekdays, from.weekdays);
  into.firstDay = minDay(into.firstDay, from.firstDay);
  into.lastDay = maxDay(into.lastDay, from.lastDay);
  countInto(into.days, from.days);
  into.dayList = sortedDays(into.days);
  return settle(into, limit, idf);
}
