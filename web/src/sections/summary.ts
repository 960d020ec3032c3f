import { reportName } from "../../../src/brief/article-names.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { hrefArticle } from "../format.js";

/** Summary sentences, each with a numbered citation opening the article at the evidence. */
export function renderSummary(brief: Brief): HTMLElement | null {
  const outlets = new Map(brief.articles.map((a) => [a.id, reportName(a)]));
  const items = brief.summary.map((sentence, i) =>
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
          "aria-label": `Source ${i + 1}: ${outlets.get(sentence.articleId) ?? sentence.articleId}`,
        },
        `[${i + 1}]`,
      ),
    ),
  );
  return section("summary", "Summary", items.length ? [h("ol", { class: "summary" }, ...items)] : null);
}
