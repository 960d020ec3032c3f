import type { InputProblem } from "../../model/article.js";
import type { HttpClient } from "../http/http-client.js";
import { looksLikeOpml, type OpmlFeed, readOpmlText } from "../opml/read-opml-text.js";
import { FEED_ACCEPT } from "./fetch-feed.js";
import { readFeedText } from "./read-feed-text.js";
import { reasonOf } from "./reason-of.js";

/**
 * The feeds a `follow add` argument stands for, read from its text: every feed of an OPML list, or
 * the feed itself once it has been read successfully (so a typo is caught when adding, not polling).
 */
export function feedsToFollowFromText(
  text: string,
  origin: string,
  url: string | null,
): { feeds: OpmlFeed[]; problems: InputProblem[] } {
  if (looksLikeOpml(text)) return readOpmlText(text, origin, url);
  if (url === null)
    return {
      feeds: [],
      problems: [{ item: origin, reason: "a local file can be followed only when it is an OPML list" }],
    };
  const read = readFeedText(text, origin, { baseUrl: url });
  if (read.feedTitle === null && read.articles.length === 0) {
    return { feeds: [], problems: [{ item: origin, reason: read.problems[0]?.reason ?? "not a feed" }] };
  }
  return { feeds: [{ url, title: read.feedTitle }], problems: [] };
}

/** Fetches a feed or OPML URL and returns the feeds to follow (see `feedsToFollowFromText`). */
export async function feedsToFollowFromUrl(
  http: HttpClient,
  url: string,
): Promise<{ feeds: OpmlFeed[]; problems: InputProblem[] }> {
  try {
    const response = await http.get(url, { accept: `${FEED_ACCEPT}, text/x-opml` });
    return feedsToFollowFromText(response.text, url, response.url === url ? url : response.url);
  } catch (error) {
    return { feeds: [], problems: [{ item: url, reason: reasonOf(error, url) }] };
  }
}
