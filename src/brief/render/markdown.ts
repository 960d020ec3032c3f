import type { Brief } from "../../model/index.js";

const cite = (ids: string[]) => ids.map((id) => `[${id}]`).join(" ");

/** The brief as Markdown: title, figures, articles, entities. */
export function renderMarkdown(brief: Brief): string {
  const lines: string[] = [`# ${brief.title}`, ""];
  const k = brief.casualties;
  lines.push(
    `Story \`${brief.storyId}\`: ${brief.articles.length} article(s). Killed: ${k.killed ?? "not stated"}; injured: ${k.injured ?? "not stated"}.`,
    "",
  );
  if (brief.summary.length > 0) {
    lines.push("## Summary", "");
    for (const s of brief.summary) lines.push(`- ${s.text} ${cite([s.articleId])}`);
    lines.push("");
  }
  if (brief.findings.length > 0) {
    lines.push("## Key figures", "");
    for (const f of brief.findings) {
      const best = f.best
        ? `${f.best.qualifier === "exact" ? "" : `${f.best.qualifier} `}${f.best.count}`
        : "-";
      lines.push(
        `- **${f.topic}**: ${best} (${f.verdict}; ${f.independentSources} independent source(s), ${f.outlets} outlet(s))`,
      );
      for (const v of f.values)
        lines.push(`  - ${v.count} (${v.qualifier}) from ${v.sourceName} ${cite([v.articleId])}`);
    }
    lines.push("", `_Rule: ${brief.rule}_`, "");
  }
  lines.push("## Articles", "");
  for (const a of brief.articles) {
    lines.push(
      `- [${a.id}] ${a.title ?? "(untitled)"} - ${a.outlet ?? "unknown outlet"}, ${a.published ?? "undated"}${a.duplicateOf ? ` (copy of ${a.duplicateOf})` : ""}`,
    );
  }
  if (brief.entities.length > 0) {
    lines.push("", "## People, organisations and places", "");
    for (const e of brief.entities) lines.push(`- ${e.name} (${e.type}) ${cite(e.articleIds)}`);
  }
  return `${lines.join("\n")}\n`;
}
