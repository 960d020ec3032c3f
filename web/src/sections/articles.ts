import { articleTitle } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatDate, formatToll, hrefArticle } from "../format.js";

export function renderArticles(brief: Brief): HTMLElement | null {
  const items = brief.articles.map((a) =>
    h(
      "li",
      {},
      h("a", { href: hrefArticle(a.id, undefined, undefined, brief.storyId) }, articleTitle(a)),
      h(
        "span",
        { class: "meta" },
        ` ${[a.outlet ?? "unknown outlet", formatDate(a.published), formatToll(a.casualties)].filter(Boolean).join(" · ")}`,
        a.duplicateOf ? " · near-duplicate" : "",
      ),
    ),
  );
  return section("articles", "Articles", items.length ? [h("ul", { class: "articles" }, ...items)] : null);
}
