import type { ArticleInput, InputProblem } from "../../model/article.js";
import { createHostLimiter, type HostLimiter } from "../http/host-limiter.js";
import type { HttpClient } from "../http/http-client.js";
import { fetchPageArticle } from "../pages/fetch-page-article.js";
import { reasonOf } from "./reason-of.js";

/** Item text shorter than this is a teaser: the linked page holds the article. */
export const TEASER_MAX_CHARS = 300;
/** Longer text is still a teaser when it ends the way cut-off summaries do. */
const CUT_OFF_MAX_CHARS = 1_000;
const CUT_OFF_ENDING =
  /(?:\u2026|\.\.\.|\[\s*(?:\u2026|\.\.\.)\s*\]|\b(?:read|continue reading|more)\b[^.!?]{0,20})\s*$/i;

export function isTeaser(article: ArticleInput): boolean {
  if (article.url === null) return false;
  const text = article.text.trim();
  return text.length < TEASER_MAX_CHARS || (text.length < CUT_OFF_MAX_CHARS && CUT_OFF_ENDING.test(text));
}

/**
 * Replaces each teaser's text with the article extracted from its linked page. The feed's title,
 * outlet and date stay (the page fills only what the feed left empty); a page that cannot be fetched
 * leaves the teaser as it was and adds a note (the article is still usable).
 */
export async function completeTeasers(
  http: HttpClient,
  articles: ArticleInput[],
  limiter: HostLimiter = createHostLimiter(4),
): Promise<{ articles: ArticleInput[]; notes: InputProblem[] }> {
  const notes: InputProblem[] = [];
  const completed = await Promise.all(
    articles.map(async (article) => {
      if (!isTeaser(article) || article.url === null) return article;
      const url = article.url;
      try {
        const page = await limiter.run(url, () => fetchPageArticle(http, url));
        if (page.text.length <= article.text.length) return article;
        return {
          ...article,
          title: article.title ?? page.title,
          text: page.text,
          outlet: article.outlet ?? page.outlet,
          published: article.published ?? page.published,
          language: article.language ?? page.language,
          extra: { ...page.extra, ...article.extra, teaser: article.text },
        };
      } catch (error) {
        const reason = reasonOf(error, url);
        notes.push({
          item: url,
          reason: `kept the feed's teaser, the page could not be read (${reason})`,
        });
        return article;
      }
    }),
  );
  return { articles: completed, notes };
}
