import type { Brief } from "../../model/brief.js";
import { articleTitle } from "../article-names.js";
import { groupQuotes } from "../quote-groups.js";
import { type BriefView, NO_FINDINGS, timesNote, viewOf } from "./brief-view.js";

/** Escapes characters Markdown would read as markup, so article text stays text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<|#]/g, "\\$&").replace(/\s*\n\s*/g, " ");
}

const cite = (view: BriefView, ids: readonly string[]) =>
  ids.map((id) => `[${view.number.get(id) ?? id}]`).join("");

function copyNote(view: BriefView, id: string): string {
  const { cite, name } = view.copied(id);
  return `copy of ${cite ? `${cite} ` : ""}${escapeMarkdown(name)}`;
}

function findingsSection(brief: Brief, view: BriefView): string[] {
  if (brief.findings.length === 0) return ["## Findings", "", NO_FINDINGS];
  const lines = [
    "## Findings",
    "",
    "| Question | Verdict | Best | Most conservative | Original sources | Outlets |",
    "| --- | --- | --- | --- | --- | --- |",
    ...brief.findings.map(
      (f) =>
        `| ${escapeMarkdown(view.topicLabel(f.topic))} | ${f.verdict} | ${view.figure(f.best)} | ${view.figure(f.conservative)} | ${f.independentSources} | ${f.outlets} |`,
    ),
  ];
  for (const f of brief.findings) {
    lines.push(
      "",
      `### ${escapeMarkdown(view.topicLabel(f.topic))}: ${f.verdict}`,
      "",
      escapeMarkdown(f.explanation),
      "",
    );
    for (const v of view.valueLines(f.values))
      lines.push(`- ${escapeMarkdown(v.text)} ${cite(view, [v.articleId])}${timesNote(v.times)}`);
  }
  return lines;
}

function coverageSection(brief: Brief, view: BriefView): string[] {
  const only = brief.coverage.perArticle.filter((p) => p.exclusive.length > 0);
  const missing = brief.coverage.perArticle.filter((p) => p.missing.length > 0);
  const list = (keys: string[]) => escapeMarkdown(view.factsText(keys));
  return [
    "## Only in one report",
    "",
    ...(only.length
      ? only.map(
          (p) =>
            `- ${cite(view, [p.articleId])} ${escapeMarkdown(view.articleName(p.articleId))}: ${list(p.exclusive)}`,
        )
      : ["- none"]),
    "",
    "## Widely reported, left out by",
    "",
    ...(missing.length
      ? missing.map((p) => `- ${cite(view, [p.articleId])}: ${list(p.missing)}`)
      : ["- none"]),
  ];
}

/** Who said what: each speaker, then each distinct quote once with every report carrying it. */
function quotesSection(brief: Brief, view: BriefView): string[] {
  const groups = groupQuotes(brief.quotes, brief.entities);
  if (groups.length === 0) return ["- no quotes"];
  return groups.flatMap((g) => [
    `- ${escapeMarkdown(g.speaker ?? "Unattributed")}:`,
    ...g.lines.map(
      (l) => `  - “${escapeMarkdown(l.text)}” ${cite(view, [...new Set(l.claims.map((c) => c.articleId))])}`,
    ),
  ]);
}

/** The brief as a Markdown page. */
export function renderMarkdown(brief: Brief): string {
  const view = viewOf(brief);
  const lines = [
    `# ${escapeMarkdown(brief.title)}`,
    "",
    `*Brief generated ${brief.generatedAt} from ${view.articleCount}.*`,
    "",
    `**Toll:** ${view.toll}`,
    "",
    "## Summary",
    "",
    ...brief.summary.map(
      (s) =>
        `- ${escapeMarkdown(s.text)} ${cite(view, [s.articleId])}${s.note ? ` *(${escapeMarkdown(s.note)})*` : ""}`,
    ),
    "",
    ...findingsSection(brief, view),
    "",
    ...coverageSection(brief, view),
    "",
    "## Timeline",
    "",
    ...(brief.timeline.length
      ? brief.timeline.map((e) => `- ${e.date}: ${escapeMarkdown(e.text)} ${cite(view, e.articleIds)}`)
      : ["- no dated events"]),
    "",
    "## Places",
    "",
    ...(brief.places.length === 0 ? ["- no place located"] : []),
    ...brief.places.map(
      (p) =>
        `- ${escapeMarkdown(p.name)} (${p.scope === "country" ? `country, shown at its capital: ` : ""}${p.lat}, ${p.lon}): ${p.events.map((e) => `${escapeMarkdown(e.text)} ${cite(view, e.articleIds)}`).join("; ") || "named"}`,
    ),
    "",
    "## Quotes",
    "",
    ...quotesSection(brief, view),
    "",
    "## Sources",
    "",
    ...brief.provenance.map(
      (p) =>
        `- ${cite(view, [p.articleId])} ${escapeMarkdown(view.articleName(p.articleId))} relays: ${p.sources.map((s) => escapeMarkdown(view.relayedName(s, p.outlet))).join(", ") || "nothing attributed"}`,
    ),
    "",
    "## Articles",
    "",
    ...brief.articles.map(
      (a, i) =>
        `${i + 1}. ${escapeMarkdown(articleTitle(a))}${a.outlet ? `, ${escapeMarkdown(a.outlet)}` : ""}${a.published ? `, ${a.published}` : ""}${a.url ? ` <${a.url.replace(/[<>\s]/g, encodeURIComponent)}>` : ""}${a.duplicateOf ? ` (${copyNote(view, a.duplicateOf)})` : ""}`,
    ),
    "",
    "## How figures are reconciled",
    "",
    ...brief.rule.split("\n").map((line) => `- ${escapeMarkdown(line)}`),
    "",
  ];
  return lines.join("\n");
}
