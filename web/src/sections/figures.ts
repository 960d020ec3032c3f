import type { Brief } from "../api.js";
import { h, section } from "../dom.js";
import { formatDate, formatFigure, formatTopic, hrefArticle } from "../format.js";
import type { BriefNames } from "../views/story-page.js";
import { figureChart } from "./chart.js";

const verdictWords = {
  agree: "sources agree",
  conflict: "disputed",
  update: "revised over time",
  single: "one source",
};

/** Key figures: best value, every source's value (linked to its evidence) and the figure over time. */
export function renderFigures(brief: Brief, names: BriefNames): HTMLElement | null {
  const evidence = new Map(brief.claims.map((c) => [c.id, c]));
  const published = new Map(brief.articles.map((a) => [a.id, a.published]));
  const cards = brief.findings.map((finding) => {
    const label = formatTopic(finding.topic, names.entity);
    const rows = finding.values.map((v) =>
      h(
        "tr",
        {},
        h("td", {}, v.sourceName),
        h("td", {}, v.outlet ?? names.outlet.get(v.articleId) ?? v.articleId),
        h("td", { class: "date" }, formatDate(v.date ?? published.get(v.articleId) ?? null)),
        h(
          "td",
          { class: "num" },
          h(
            "a",
            {
              href: hrefArticle(
                v.articleId,
                evidence.get(v.claimId)?.start,
                evidence.get(v.claimId)?.end,
                brief.storyId,
              ),
              class: "citation",
              title: evidence.get(v.claimId)?.sentence,
            },
            formatFigure(v),
          ),
        ),
      ),
    );
    return h(
      "div",
      { class: `figure verdict-${finding.verdict}` },
      h("h3", {}, label),
      h(
        "p",
        { class: "best" },
        h("strong", {}, finding.best ? formatFigure(finding.best) : "no figure"),
        h("span", { class: `badge ${finding.verdict}` }, verdictWords[finding.verdict] ?? finding.verdict),
      ),
      h(
        "p",
        { class: "meta" },
        `${finding.independentSources} independent source(s), ${finding.outlets} outlet(s)`,
        finding.conservative ? ` · most conservative: ${formatFigure(finding.conservative)}` : "",
      ),
      figureChart(
        finding.values.map((v) => ({ ...v, date: v.date ?? published.get(v.articleId) ?? null })),
        label,
      ),
      rows.length
        ? h(
            "table",
            {},
            h("caption", { class: "visually-hidden" }, `Values reported for ${label}`),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", {}, "Source"),
                h("th", {}, "Outlet"),
                h("th", {}, "Date"),
                h("th", {}, "Value"),
              ),
            ),
            h("tbody", {}, ...rows),
          )
        : null,
    );
  });
  return section("figures", "Key figures", cards.length ? [h("div", { class: "figures" }, ...cards)] : null);
}
