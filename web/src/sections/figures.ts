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

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

type FindingValue = Brief["findings"][number]["values"][number];

/**
 * What a question without a count (control of a place, an attack) comes to: the account the most
 * reports give, the latest of equals ("Western Revolutionary Front holds Umm Keddada").
 */
export function leadingAccount(values: readonly FindingValue[]): string | null {
  const reports = new Map<string, { articles: Set<string>; date: string }>();
  for (const v of values) {
    if (!v.label) continue;
    const entry = reports.get(v.label) ?? { articles: new Set<string>(), date: "" };
    entry.articles.add(v.articleId);
    if ((v.date ?? "") > entry.date) entry.date = v.date ?? "";
    reports.set(v.label, entry);
  }
  let best: string | null = null;
  let bestKey: [number, string] = [0, ""];
  for (const [label, { articles, date }] of reports) {
    if (articles.size > bestKey[0] || (articles.size === bestKey[0] && date > bestKey[1])) {
      [best, bestKey] = [label, [articles.size, date]];
    }
  }
  return best;
}

/** Key figures: best value, every source's value (linked to its evidence) and the figure over time. */
export function renderFigures(brief: Brief, names: BriefNames): HTMLElement | null {
  const evidence = new Map(brief.claims.map((c) => [c.id, c]));
  const published = new Map(brief.articles.map((a) => [a.id, a.published]));
  const number = new Map(brief.articles.map((a, i) => [a.id, i + 1]));
  const cards = brief.findings.map((finding) => {
    const label = formatTopic(finding.topic, names.entity, names.group);
    const rows = finding.values.map((v) =>
      h(
        "tr",
        {},
        h("td", {}, v.ownReporting ? "own reporting" : v.sourceName),
        // an outlet-less report by its number in the Articles list, its name on hover
        h(
          "td",
          { title: names.outlet.get(v.articleId) ?? v.articleId },
          v.outlet ?? (number.has(v.articleId) ? `report\u00a0[${number.get(v.articleId)}]` : v.articleId),
        ),
        h("td", { class: "date" }, formatDate(v.date ?? published.get(v.articleId) ?? null)),
        h(
          "td",
          // a count lines up on the right; an account ("X captured Y") is words and wraps
          { class: v.count === null ? "account" : "num" },
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
        finding.best
          ? h("strong", {}, formatFigure(finding.best))
          : h("strong", { class: "account" }, leadingAccount(finding.values) ?? "no figure"),
        h("span", { class: `badge ${finding.verdict}` }, verdictWords[finding.verdict] ?? finding.verdict),
      ),
      h(
        "p",
        { class: "meta" },
        `${plural(finding.independentSources, "independent source")}, ${plural(finding.outlets, "outlet")}`,
        finding.conservative ? ` · most conservative: ${formatFigure(finding.conservative)}` : "",
      ),
      figureChart(
        finding.values.map((v) => ({ ...v, date: v.date ?? published.get(v.articleId) ?? null })),
        label,
      ),
      rows.length
        ? h(
            "div",
            { class: "scroll-x" },
            h(
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
            ),
          )
        : null,
    );
  });
  return section("figures", "Key figures", cards.length ? [h("div", { class: "figures" }, ...cards)] : null);
}
