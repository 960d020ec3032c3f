import type { TimelineEvent } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import { topicOf } from "../reconcile/topic.js";

/** The resolved date a claim speaks of: a date claim's own date, else the claim's event date. */
function dateOf(claim: Claim): string | null {
  return (claim.kind === "date" ? (claim.date ?? claim.eventDate) : claim.eventDate)?.slice(0, 10) ?? null;
}

/**
 * Dated events in order. Claims of one date answering the same question (or date claims of one date)
 * make one event, told by its shortest evidence sentence and citing every article that dates it;
 * events told by the same sentence on the same date are one.
 */
export function buildTimeline(claims: readonly Claim[]): TimelineEvent[] {
  const events = new Map<string, { date: string; text: string; articleIds: string[] }>();
  for (const claim of claims) {
    const date = dateOf(claim);
    if (!date || claim.background) continue;
    const key = `${date}|${topicOf(claim) ?? claim.kind}`;
    const text = claim.sentence.trim();
    const event = events.get(key);
    if (!event) {
      events.set(key, { date, text, articleIds: [claim.articleId] });
      continue;
    }
    if (!event.articleIds.includes(claim.articleId)) event.articleIds.push(claim.articleId);
    if (text && text.length < event.text.length) event.text = text;
  }
  const byText = new Map<string, TimelineEvent>();
  for (const event of events.values()) {
    const same = byText.get(`${event.date}|${event.text}`);
    if (!same) byText.set(`${event.date}|${event.text}`, event);
    else for (const id of event.articleIds) if (!same.articleIds.includes(id)) same.articleIds.push(id);
  }
  return [...byText.values()].sort((a, b) => a.date.localeCompare(b.date));
}
