import type { QuoteClaim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";

/** One thing a speaker said, once however many reports carry it, with where each report has it. */
export interface QuoteLine {
  /** The words as first reported, without the comma that led into "he said". */
  text: string;
  claims: QuoteClaim[];
}

export interface QuoteGroup {
  /** The speaker's entity name, else the name as written; null for quotes with no speaker. */
  speaker: string | null;
  lines: QuoteLine[];
}

/** "We left with nothing," -> "We left with nothing": the punctuation that hands over to "she said". */
export const quoteText = (quote: string): string => quote.trim().replace(/[\s,;:–—-]+$/u, "");

/** Two quotes are the same words when they differ only in case, punctuation and spacing. */
const wordsKey = (quote: string): string =>
  quote
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A story's quotes by speaker: each distinct quote once, with every report that carries it (a wire
 * quote relayed by four outlets is one line with four citations). Speakers in order of how many
 * reports quote them, unattributed quotes last.
 */
export function groupQuotes(quotes: readonly QuoteClaim[], entities: readonly Entity[]): QuoteGroup[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, { speaker: string | null; lines: Map<string, QuoteLine> }>();
  for (const claim of quotes) {
    const ref = claim.speaker;
    const speaker = (ref?.entityId && names.get(ref.entityId)) || ref?.text?.trim() || null;
    const key =
      speaker === null ? "" : ref?.entityId ? `id:${ref.entityId}` : `name:${speaker.toLowerCase()}`;
    const group = groups.get(key) ?? { speaker, lines: new Map<string, QuoteLine>() };
    groups.set(key, group);
    const words = wordsKey(claim.quote);
    const line = group.lines.get(words);
    if (line) line.claims.push(claim);
    else group.lines.set(words, { text: quoteText(claim.quote), claims: [claim] });
  }
  const reports = (g: { lines: Map<string, QuoteLine> }) =>
    new Set([...g.lines.values()].flatMap((l) => l.claims.map((c) => c.articleId))).size;
  return [...groups.values()]
    .map((g, order) => ({ g, order, reports: reports(g) }))
    .sort(
      (a, b) =>
        Number(a.g.speaker === null) - Number(b.g.speaker === null) ||
        b.reports - a.reports ||
        a.order - b.order,
    )
    .map(({ g }) => ({ speaker: g.speaker, lines: [...g.lines.values()] }));
}
