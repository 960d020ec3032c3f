import { groupQuotes } from "../../../src/brief/quote-groups.js";
import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { hrefArticle } from "../format.js";
import type { BriefNames } from "../views/story-page.js";

/**
 * Quotes grouped by speaker (resolved entity when known, else the name as written): each distinct
 * quote once, linked to every report that carries it by the report's outlet or title.
 */
export function renderQuotes(brief: Brief, names: BriefNames): HTMLElement | null {
  const blocks = groupQuotes(brief.quotes, brief.entities).map((group) =>
    h(
      "div",
      { class: "speaker" },
      h("h3", {}, group.speaker ?? "Unattributed"),
      ...group.lines.map((line) =>
        h(
          "blockquote",
          {},
          h("p", {}, line.text),
          // one link per report, to where it first gives the quote
          ...line.claims
            .filter((q, i, all) => all.findIndex((o) => o.articleId === q.articleId) === i)
            .map((q) =>
              h(
                "a",
                { href: hrefArticle(q.articleId, q.start, q.end, brief.storyId), class: "citation" },
                names.outlet.get(q.articleId) ?? q.articleId,
              ),
            ),
        ),
      ),
    ),
  );
  return section("quotes", "Quotes", blocks.length ? blocks : null);
}
