import { reportName } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { hrefArticle } from "../format.js";

/**
 * Summary sentences, each citing its article by the article's number in the Articles list ("[4]", as
 * the Markdown and HTML briefs do), opening the article at the evidence.
 */
export function renderSummary(brief: Brief): HTMLElement | null {
  const outlets = new Map(brief.articles.map((a) => [a.id, reportName(a)]));
  const number = new Map(brief.articles.map((a, i) => [a.id, i + 1]));
  const items = brief.summary.map((sentence) =>
    h(
      "li",
      {},
      sentence.text,
      " ",
      h(
        "a",
        {
          href: hrefArticle(sentence.articleId, sentence.start, sentence.end, brief.storyId),
          class: "citation",
          "aria-label": `Source: ${outlets.get(sentence.articleId) ?? sentence.articleId}`,
          title: outlets.get(sentence.articleId) ?? sentence.articleId,
        },
        `[${number.get(sentence.articleId) ?? "?"}]`,
      ),
    ),
  );
  return section("summary", "Summary", items.length ? [h("ol", { class: "summary" }, ...items)] : null);
}
