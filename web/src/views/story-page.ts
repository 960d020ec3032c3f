import { reportName } from "../../../src/brief/article-names.js";
import { briefToll } from "../../../src/brief/render/brief-view.js";
import { groupLabels } from "../../../src/reconcile/topic.js";
import { api, type Brief } from "../api.js";
import { h } from "../dom.js";
import { formatDateRange } from "../format.js";
import { renderArticles } from "../sections/articles.js";
import { renderCoverage } from "../sections/coverage.js";
import { renderDisputes } from "../sections/disputes.js";
import { renderFigures } from "../sections/figures.js";
import { renderMap } from "../sections/map.js";
import { renderProvenance } from "../sections/provenance.js";
import { renderQuotes } from "../sections/quotes.js";
import { renderSummary } from "../sections/summary.js";
import { renderTimeline } from "../sections/timeline.js";

/** Display names for entity ids and article ids, gathered from every part of the brief. */
export interface BriefNames {
  entity: Map<string, string>;
  outlet: Map<string, string>;
  /** Casualty groups' written labels by the slug a topic key holds. */
  group: Map<string, string>;
}

function briefNames(brief: Brief): BriefNames {
  const entity = new Map(brief.entities.map((e) => [e.id, e.name]));
  for (const finding of brief.findings) {
    for (const v of finding.values) if (v.source && !entity.has(v.source)) entity.set(v.source, v.sourceName);
  }
  const outlet = new Map(brief.articles.map((a) => [a.id, reportName(a)]));
  return { entity, outlet, group: groupLabels(brief.claims) };
}

function dateRange(brief: Brief): string {
  const dates = brief.articles
    .map((a) => a.published)
    .filter((d): d is string => Boolean(d))
    .sort();
  return formatDateRange(dates[0] ?? null, dates.at(-1) ?? null);
}

export async function renderStoryPage(main: HTMLElement, id: string): Promise<void> {
  const brief = await api.brief(id);
  const names = briefNames(brief);
  const toll = briefToll(brief.findings);
  document.title = `crosscheck: ${brief.title}`;
  const sections = [
    renderSummary(brief),
    renderFigures(brief, names),
    renderDisputes(brief, names),
    renderTimeline(brief),
    await renderMap(brief),
    renderProvenance(brief, names),
    renderQuotes(brief, names),
    renderCoverage(brief, names),
    renderArticles(brief),
  ];
  main.replaceChildren(
    h("p", {}, h("a", { href: "#/", class: "back" }, "← All stories")),
    h("h1", { tabindex: -1, id: "story-title" }, brief.title),
    h(
      "p",
      { class: "meta" },
      `${brief.articles.length} article${brief.articles.length === 1 ? "" : "s"} · ${dateRange(brief)}`,
      // the toll as the brief states it, disputes and qualifiers included ("81 killed (sources conflict; …)")
      ...(toll ? [" · ", h("strong", { class: "toll" }, toll)] : []),
    ),
    ...sections.filter((node): node is HTMLElement => node !== null),
  );
  if (brief.rule) {
    main.append(
      h(
        "details",
        { class: "rule" },
        h("summary", {}, "How figures and verdicts are chosen"),
        h("p", {}, brief.rule),
      ),
    );
  }
}
