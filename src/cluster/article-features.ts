import { findDates } from "../extract/dates/resolve-date.js";
import type { Mention } from "../model/index.js";
import { datelineLength } from "../normalize/dateline.js";
import { untokenise } from "../normalize/token-spacing.js";
import { nameKeys, properNames } from "./names.js";
import { placeKeys } from "./places.js";
import { contentWords, numbersIn } from "./tokens.js";
import { type Bag, unitBag } from "./weighted-bag.js";

/** What the clusterer needs of an article; entities and places are optional hints from resolution. */
export interface ClusterArticle {
  id: string;
  title: string | null;
  text: string;
  /** ISO publication date, or null. */
  published: string | null;
  /** ISO date of the event the article reports, when known (preferred over `published`). */
  eventDate?: string | null;
  /** Entity keys (e.g. resolved entity ids or canonical names) mentioned by the article. */
  entities?: readonly string[];
  /** Place keys (names or ids) the article is about. */
  places?: readonly string[];
}

/**
 * The evidence an article brings: term, name (`@` keys) and figure (`#` keys) bags, places, years, day.
 * Bag keys are strings as described (`ArticleFeatures`), and vocabulary ids inside the clusterer.
 */
export interface Features<K> {
  terms: Bag<K>;
  names: Bag<K>;
  /** How often each name key is mentioned (ranks the article's main actors). */
  nameMentions: Map<K, number>;
  numbers: Bag<K>;
  places: string[];
  /** The term keys of the words of its places' names ("valencia"): the content floor leaves them out. */
  placeTerms: K[];
  years: string[];
  /** Weekdays the article names ("on Saturday"): which day of the week its event happened. */
  weekdays: string[];
  /** Days since 1970-01-01 of the event or publication date, or null when undated. */
  day: number | null;
}

export type ArticleFeatures = Features<string>;

/** An article's features with each bag key replaced by its id (`id` interns keys it has not seen). */
export function indexFeatures(features: ArticleFeatures, id: (key: string) => number): Features<number> {
  const index = <V>(bag: Map<string, V>) => {
    const out = new Map<number, V>();
    for (const [key, value] of bag) out.set(id(key), value);
    return out;
  };
  return {
    terms: index(features.terms),
    names: index(features.names),
    nameMentions: index(features.nameMentions),
    numbers: index(features.numbers),
    places: features.places,
    placeTerms: features.placeTerms.map(id),
    years: features.years,
    weekdays: features.weekdays,
    day: features.day,
  };
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;

/**
 * "rose to 93 on Saturday", "climbed to 14 by Tuesday", "stood at 115 on Thursday": the day a running
 * toll was updated, which a follow-up names days after the event, not the day the event happened.
 */
const UPDATE_BEFORE =
  /\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|grew)\s+(?:to\s+|at\s+)?[\d,.]+\s+(?:[\p{L}-]+\s+){0,2}?(?:on|by|late on|early on|as of)\s+$/iu;

/** "rose on Saturday to 93": the verb and the day before the new figure. */
const UPDATE_VERB_ON =
  /\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew)\s+(?:again\s+)?(?:on|by|late on|early on)\s+$/iu;

/** Weekday names written in a text, lower-cased, each once; not the day a toll was updated. */
export function weekdaysIn(text: string): string[] {
  const update = (m: RegExpMatchArray): boolean => {
    const before = text.slice(Math.max(0, m.index! - 60), m.index);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
    return UPDATE_BEFORE.test(before) || (UPDATE_VERB_ON.test(before) && /^\s+to\s+[\d,.]+/.test(after));
  };
  const days = [...text.matchAll(WEEKDAY)].filter((m) => !update(m)).map((m) => m[1]!.toLowerCase());
  return [...new Set(days)];
}

/** "Meanwhile in Morocco, ...", "Elsewhere, in neighbouring Chad, ...": a paragraph that turns to a place. */
const TURN_TO_PLACE =
  /^(?:Meanwhile|Elsewhere|Separately|In a separate development)\s*,?\s+in\s+(?:neighbou?ring\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u;

/**
 * Character ranges of the paragraphs that turn to another story: they open by turning to a place ("Meanwhile
 * in Morocco, where an earthquake struck ...") that the rest of the report never names.
 */
export function otherStoryParagraphs(text: string): { start: number; end: number }[] {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return paragraphs.filter(({ start, end }) => {
    const place = TURN_TO_PLACE.exec(text.slice(start, end))?.[1];
    return place !== undefined && !`${text.slice(0, start)}${text.slice(end)}`.includes(place);
  });
}

/**
 * The clusterer's view of an analysed article: its places are the place mentions the entity extractor
 * found (typed in context, so "Reggie Bush" is not the Egyptian town of Bush). A paragraph that turns to
 * another story ("Meanwhile in Morocco, ...") is left out of its words and places.
 */
export function clusterArticle(
  article: { id: string; title: string | null; text: string; published: string | null },
  mentions: readonly Mention[],
): ClusterArticle {
  // the town a report was filed from ("KINSHASA (Reuters) - ") is where the reporter was, not the scene;
  // it counts as a place of the article only when the report names it again
  const filed = datelineLength(article.text);
  const other = otherStoryParagraphs(article.text);
  const own = (m: Mention) => m.type === "place" && !other.some((p) => m.start >= p.start && m.start < p.end);
  const named = new Set(mentions.filter((m) => own(m) && m.start >= filed).map((m) => m.text.toLowerCase()));
  const places = [
    ...new Set(mentions.filter((m) => own(m) && named.has(m.text.toLowerCase())).map((m) => m.text)),
  ];
  let text = article.text;
  for (const p of [...other].reverse()) text = `${text.slice(0, p.start)}${text.slice(p.end)}`;
  const eventDate = article.published ? null : datelineDate(article.title, article.text);
  return {
    id: article.id,
    title: article.title,
    // the dateline says where the report was filed and which agency carried it, not what happened
    text: text.slice(filed),
    published: article.published,
    eventDate,
    places,
  };
}

/** How far into an undated article a dateline date is looked for. */
const DATELINE_CHARS = 400;

/**
 * The date an undated article gives near its top ("Updated: November 11, 2011", "WASHINGTON, April 28,
 * 2009"): the first full date with a year in its first lines, or null. A tokenised text, as research
 * corpora ship news, writes its dates in pieces ("Posted 11 / 27 / 2005", "Nov . 30 , 2009"); they are
 * read whole.
 */
export function datelineDate(title: string | null, text: string): string | null {
  const head = untokenise(`${title ?? ""}\n${text.slice(0, DATELINE_CHARS)}`);
  const found = findDates(head, null).find(
    (d) => d.hasYear && d.date !== null && /\d/.test(d.expression.replace(/\b(19|20)\d\d\b/, "")),
  );
  return found?.date ?? null;
}

export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(time) ? null : Math.floor(time / 86_400_000);
}

/** Computes an article's clustering features; the title's words count `titleWeight` times. */
export function describeArticle(
  article: ClusterArticle,
  titleWeight: number,
  isPlace?: (name: string) => boolean,
): ArticleFeatures {
  const title = article.title ?? "";
  const words = contentWords(article.text);
  const titleWords = contentWords(title);
  for (let i = 0; i < titleWeight; i++) words.push(...titleWords);
  const names = properNames(title ? `${title}\n${article.text}` : article.text);
  const keys = nameKeys(names);
  for (const entity of article.entities ?? []) keys.push(entity.toLowerCase());
  const { numbers, years } = numbersIn(`${title}\n${article.text}`);
  const nameMentions = new Map<string, number>();
  for (const key of keys) nameMentions.set(`@${key}`, (nameMentions.get(`@${key}`) ?? 0) + 1);
  const terms = unitBag(words);
  const places = placeKeys(names, article.places, isPlace);
  const placeTerms = [...new Set(places.flatMap((place) => contentWords(place)))].filter((w) => terms.has(w));
  return {
    terms,
    nameMentions,
    names: unitBag([...new Set(keys)].map((key) => `@${key}`)),
    numbers: unitBag([...new Set(numbers)].map((figure) => `#${figure}`)),
    places,
    placeTerms,
    years: [...new Set(years)],
    weekdays: weekdaysIn(`${title}\n${article.text}`),
    day: dayNumber(article.eventDate ?? article.published),
  };
}
