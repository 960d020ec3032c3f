import { createHostLimiter } from "../http/host-limiter.js";
import { createHttpClient, type HttpClientOptions } from "../http/http-client.js";
import { readUrlSource, type UrlSourceResult } from "./read-url-source.js";

/** True for arguments that name a URL rather than a path. */
export function isUrlArgument(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

/**
 * Reads several URLs (pages, feeds, OPML lists) with one careful HTTP client and a per-host limit.
 * A refused or failing URL is a problem naming it; the others still go on.
 */
export async function readUrlSources(urls: string[], options: HttpClientOptions): Promise<UrlSourceResult> {
  const http = createHttpClient(options);
  const limiter = createHostLimiter(4);
  try {
    const results = await Promise.all(urls.map((url) => readUrlSource(http, url, limiter)));
    return {
      articles: results.flatMap((r) => r.articles),
      problems: results.flatMap((r) => r.problems),
      notes: results.flatMap((r) => r.notes),
    };
  } finally {
    await http.close();
  }
}
