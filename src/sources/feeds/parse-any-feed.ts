import { type AnyFeed, parseFeed } from "feedsmith";
import { repairFeedXml } from "./repair-feed-xml.js";

/** A feed parsed by feedsmith, retried once on repaired XML when the first parse fails or finds nothing. */
export function parseAnyFeed(text: string): { ok: true; feed: AnyFeed } | { ok: false; reason: string } {
  let reason = "not a feed";
  for (const candidate of [text, repairFeedXml(text)]) {
    try {
      const parsed = parseFeed(candidate);
      if (itemCount(parsed) > 0 || candidate !== text || text === repairFeedXml(text))
        return { ok: true, feed: parsed };
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, reason: `not a readable RSS, Atom or JSON feed (${reason})` };
}

function itemCount(parsed: AnyFeed): number {
  return parsed.format === "atom" ? (parsed.feed.entries?.length ?? 0) : (parsed.feed.items?.length ?? 0);
}
