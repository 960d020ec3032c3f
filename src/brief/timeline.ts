import type { TimelineEvent } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import { DATELINE_REACH, datelineLength, withoutDateline } from "../normalize/dateline.js";
import { topicOf } from "../reconcile/topic.js";

/**
 * The resolved date a claim speaks of: a date claim's own date, else the claim's event date, at the
 * precision the text gives ("2024-11-27", "2020-03", "2011").
 */
function dateOf(claim: Claim): string | null {
  return (claim.kind === "date" ? (claim.date ?? claim.eventDate) : claim.eventDate)?.slice(0, 10) ?? null;
}

/** Whether a date of any precision ("2024-11") lies wholly before the day `from` ("2024-11-04"). */
function endsBefore(date: string, from: string): boolean {
  return date < from && !from.startsWith(date);
}

/** A date told as background inside a sentence: "killed when a gunman opened fire on Saturday". */
const SUBORDINATE = /\b(?:when|after|since|following|before|until|while)\b[^,;:]*$/i;
/**
 * A date inside what a noun is said of: "the migrants whose boat went down on Wednesday", "Wednesday's
 * bombings". It dates the thing named, not what the sentence tells of it.
 */
const RELATIVE = /\b(?:whose|which|who|that)\b[^,;:]*$/i;

/**
 * A date of what may or is to happen: "oxygen that could run out early on Thursday", "will hold a day of
 * mourning on Monday", "funerals set for Friday". No event of the timeline, which tells what happened.
 */
const PLANNED =
  /\b(?:could|would|might|may|will|shall|expected to|due to|set (?:to|for)|scheduled (?:to|for)|plans? to|planned for)\b[^,;:]*$/;

/** A date of the telling: "officials said on Monday", "told reporters Monday". */
const REPORTING =
  /\b(?:said|says|told|reported|reports|announced|added|confirmed|stated)(?:\s+(?:reporters|journalists))?\s*$/i;

/**
 * How a date claim's expression stands in its sentence: `main` when it dates what the sentence tells
 * ("Police on Sunday named ..."), `other` when it is background ("after Saturday's collision", "when a
 * gunman opened fire on Saturday"), when it dates the telling ("said on Monday") or the dateline, or
 * when the expression is not found.
 */
function dateRole(claim: Claim): "main" | "telling" | "named" | "planned" | "other" {
  if (claim.kind !== "date") return "other";
  const expression = claim.expression.replace(/[\s,.;:]+$/, "");
  const at = expression ? claim.sentence.indexOf(expression) : -1;
  if (at < 0) return "other";
  if (claim.start < DATELINE_REACH && at < datelineLength(claim.sentence)) return "other";
  const before = claim.sentence.slice(0, at);
  const possessive = /^['’]s\b/.test(claim.sentence.slice(at + expression.length));
  if (REPORTING.test(before)) return "telling";
  if (PLANNED.test(before)) return "planned";
  if (SUBORDINATE.test(before)) return "other";
  return possessive || RELATIVE.test(before) ? "named" : "main";
}

/** "The number injured by Thursday's quake rose to 26, officials said on Saturday": a running figure moved. */
const UPDATE = /\b(?:rose|risen|rises|climbed|climbs|jumped|increased|grew)\s+(?:again\s+)?to\b/i;

/** Events this long before the story's first report are context, not the story. */
const LEAD_DAYS = 31;

function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * Dated events in order, each dated as precisely as its text ("in 2011" is "2011", not a first of
 * January). Claims of one date answering the same question (or date claims of one date)
 * make one event, told by the evidence sentence of the first report published (the shortest among
 * one report's, or where reports are undated) and citing every article that dates it;
 * events told by the same sentence on the same date are one. A sentence is told once, at the earliest
 * date it gives: "the ferry sank on Sunday, officials said on Monday" and a dateline's filing date tell
 * when it was said or filed, and the sentence shows the later date itself. But when the sentence dates
 * what it tells apart from its background ("Police on Sunday named those killed when a gunman opened
 * fire on Saturday", "charged on Monday after Saturday's collision"), it is told at that date (`dateRole`), and a running
 * figure that moved ("injured by Thursday's quake rose to 26, officials said on Saturday") is told on the
 * day it was said; a date claim of a sentence
 * whose other claims have that date is no event of its own. When reports are dated, only
 * events from a month before the first report to a day after the last one are the story's.
 */
export function buildTimeline(
  claims: readonly Claim[],
  published: readonly (string | null)[] = [],
  publishedOf: ReadonlyMap<string, string | null> = new Map(),
): TimelineEvent[] {
  // the first report of a day's events tells them; of one report's (or undated) sentences, the shortest
  const rank = (articleId: string, text: string): [string, number] => [
    publishedOf.get(articleId) ?? "\uffff",
    text.length,
  ];
  const before = (a: [string, number], b: [string, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const days = published.flatMap((p) => (p && !Number.isNaN(Date.parse(p)) ? [p.slice(0, 10)] : [])).sort();
  const from = days.length ? shiftDays(days[0]!, -LEAD_DAYS) : "";
  const to = days.length ? shiftDays(days.at(-1)!, 1) : "\uffff";
  // "the deadliest in the city this year": a year or month the first report falls in dates nothing
  const spansFirst = (date: string) => date.length < 10 && days.length > 0 && days[0]!.startsWith(date);
  const inRange = claims.flatMap((claim) => {
    const date = dateOf(claim);
    const planned = claim.kind === "date" && dateRole(claim) === "planned";
    return date && !claim.background && !planned && !endsBefore(date, from) && date <= to && !spansFirst(date)
      ? [{ claim, date }]
      : [];
  });
  const sentenceOf = (claim: Claim) => `${claim.articleId}|${claim.start}|${claim.sentence}`;
  const earliest = new Map<string, string>();
  for (const { claim, date } of inRange) {
    const first = earliest.get(sentenceOf(claim));
    if (first === undefined || date < first) earliest.set(sentenceOf(claim), date);
  }
  // a sentence that dates what it tells ("Police on Sunday named the victims of Saturday's shooting")
  // is told at the earliest such date, not at its background's
  const main = new Map<string, string>();
  for (const { claim, date } of inRange) {
    if (dateRole(claim) !== "main") continue;
    const first = main.get(sentenceOf(claim));
    if (first === undefined || date < first) main.set(sentenceOf(claim), date);
  }
  for (const [sentence, date] of main) earliest.set(sentence, date);
  // a sentence whose only other dates are of the things it names ("arrested the men whose boat sank on
  // Wednesday, an official said on Thursday", "84 were killed in Wednesday's bombings, the minister said
  // on Thursday") tells what was said that day
  const roles = new Map<string, { telling: string | null; named: boolean; other: boolean }>();
  for (const { claim, date } of inRange) {
    if (claim.kind !== "date") continue;
    const role = dateRole(claim);
    const seen = roles.get(sentenceOf(claim)) ?? { telling: null, named: false, other: false };
    if (role === "telling") seen.telling = seen.telling === null || date < seen.telling ? date : seen.telling;
    else if (role === "named") seen.named = true;
    else seen.other = true;
    roles.set(sentenceOf(claim), seen);
  }
  const retold = new Set<string>();
  for (const [sentence, { telling, named, other }] of roles) {
    if (telling === null || !named || other || main.has(sentence)) continue;
    earliest.set(sentence, telling);
    retold.add(sentence);
  }
  // a running figure that moved is told on the day it was said to have moved, not on its event's day
  for (const { claim, date } of inRange) {
    const sentence = sentenceOf(claim);
    if (main.has(sentence) || dateRole(claim) !== "telling" || !UPDATE.test(claim.sentence)) continue;
    const first = earliest.get(sentence);
    if (first !== undefined && first < date) earliest.set(sentence, date);
  }
  // the figures and events of a sentence told on the day it was said are told on that day too
  const dated = inRange.map(({ claim, date }) => {
    const sentence = sentenceOf(claim);
    return { claim, date: retold.has(sentence) && claim.kind !== "date" ? earliest.get(sentence)! : date };
  });
  // a date in a sentence that also says what happened then dates that claim, not an event of its own
  const told = new Set(
    dated
      .filter(({ claim }) => claim.kind !== "date")
      .map(({ claim, date }) => `${sentenceOf(claim)}|${date}`),
  );
  const events = new Map<
    string,
    { date: string; text: string; articleIds: string[]; by: [string, number] }
  >();
  for (const { claim, date } of dated) {
    if (earliest.get(sentenceOf(claim)) !== date) continue;
    if (claim.kind === "date" && told.has(`${sentenceOf(claim)}|${date}`)) continue;
    const key = `${date}|${topicOf(claim) ?? claim.kind}`;
    const text = withoutDateline(claim.sentence, claim.start).text.trim();
    const by = rank(claim.articleId, text);
    const event = events.get(key);
    if (!event) {
      events.set(key, { date, text, articleIds: [claim.articleId], by });
      continue;
    }
    if (!event.articleIds.includes(claim.articleId)) event.articleIds.push(claim.articleId);
    if (text && before(by, event.by)) [event.text, event.by] = [text, by];
  }
  const byText = new Map<string, TimelineEvent>();
  for (const { by: _, ...event } of events.values()) {
    const same = byText.get(`${event.date}|${event.text}`);
    if (!same) byText.set(`${event.date}|${event.text}`, event);
    else for (const id of event.articleIds) if (!same.articleIds.includes(id)) same.articleIds.push(id);
  }
  return [...byText.values()].sort((a, b) => a.date.localeCompare(b.date));
}
