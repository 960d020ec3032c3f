import { articleTitle } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatDate, formatToll, hrefArticle } from "../format.js";

/** The story's articles, numbered as the summary cites them. */
export function renderArticles(brief: Brief): HTMLElement | null {
  // a copy points at the article it copies by number, when that article is in the story
  const copyOf = (id: string) => {
    const n = brief.articles.findIndex((o) => o.id === id) + 1;
    return n > 0 ? `copy of [${n}]` : "near-duplicate";
  };
  const items = brief.articles.map((a) =>
    h(
      "li",
      {},
      h("a", { href: hrefArticle(a.id, undefined, undefined, brief.storyId) }, articleTitle(a)),
      h(
        "span",
        { class: "meta" },
        ` ${[a.outlet ?? "unknown outlet", formatDate(a.published), formatToll(a.casualties)].filter(Boolean).join(" · ")}`,
        a.duplicateOf ? ` · ${copyOf(a.duplicateOf)}` : "",
      ),
    ),
  );
  return section("articles", "Articles", items.length ? [h("ol", { class: "articles" }, ...items)] : null);
}
