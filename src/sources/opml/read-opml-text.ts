import { parseOpml } from "feedsmith";
import type { InputProblem } from "../../model/article.js";
import { repairFeedXml } from "../feeds/repair-feed-xml.js";

/** A feed an OPML file subscribes to. */
export interface OpmlFeed {
  url: string;
  title: string | null;
}

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  outlines?: Outline[];
}

/** True when a text looks like an OPML document (checked before trying to read it as a feed). */
export function looksLikeOpml(text: string): boolean {
  return /<opml[\s>]/i.test(text.slice(0, 2_000));
}

/**
 * Every feed an OPML subscription list names, nested outlines included, each URL once.
 * Relative `xmlUrl`s resolve against `baseUrl`; non-http(s) ones become problems.
 */
export function readOpmlText(
  text: string,
  origin: string,
  baseUrl: string | null = null,
): { feeds: OpmlFeed[]; problems: InputProblem[] } {
  let outlines: Outline[] | undefined;
  for (const candidate of [text, repairFeedXml(text)]) {
    try {
      outlines = parseOpml(candidate).body?.outlines as Outline[] | undefined;
      break;
    } catch {
      // try the repaired text, then report
    }
  }
  if (outlines === undefined)
    return { feeds: [], problems: [{ item: origin, reason: "not a readable OPML file" }] };
  const feeds = new Map<string, OpmlFeed>();
  const problems: InputProblem[] = [];
  const visit = (outline: Outline) => {
    if (outline.xmlUrl) {
      const url = httpUrl(outline.xmlUrl, baseUrl);
      if (url === null)
        problems.push({ item: `${origin}: ${outline.xmlUrl}`, reason: "not an http(s) feed URL" });
      else if (!feeds.has(url)) feeds.set(url, { url, title: outline.title ?? outline.text ?? null });
    }
    outline.outlines?.forEach(visit);
  };
  outlines.forEach(visit);
  if (feeds.size === 0 && problems.length === 0)
    problems.push({ item: origin, reason: "OPML file lists no feeds" });
  return { feeds: [...feeds.values()], problems };
}

function httpUrl(value: string, base: string | null): string | null {
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
