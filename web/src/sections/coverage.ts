import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import type { BriefNames } from "../views/story-page.js";

/** The coverage matrix (a row per fact, a column per outlet): who reports what, and what only one reports. */
export function renderCoverage(brief: Brief, names: BriefNames): HTMLElement | null {
  const { facts, perArticle } = brief.coverage;
  if (facts.length === 0) return null;
  const marks = new Map(perArticle.map((p) => [p.articleId, p]));
  const articleIds = [...new Set(facts.flatMap((f) => f.articleIds).concat(brief.articles.map((a) => a.id)))];
  const rows = facts.map((fact) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, fact.label),
      ...articleIds.map((id) => {
        const mark = marks.get(id);
        if (mark?.exclusive.includes(fact.key))
          return h("td", { class: "only", title: "only this article" }, "★");
        if (fact.articleIds.includes(id)) return h("td", { class: "yes", title: "reports it" }, "●");
        if (mark?.missing.includes(fact.key))
          return h("td", { class: "missing", title: "leaves it out" }, "–");
        return h("td", { class: "no" }, "");
      }),
    ),
  );
  const table = h(
    "table",
    { class: "coverage" },
    h("caption", {}, "● reports it · ★ only this article · – widely reported but left out"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Fact"),
        ...articleIds.map((id) => h("th", { scope: "col" }, names.outlet.get(id) ?? id)),
      ),
    ),
    h("tbody", {}, ...rows),
  );
  return section("coverage", "Coverage", [h("div", { class: "scroll-x", tabindex: 0 }, table)]);
}
