import type { Brief } from "../../model/brief.js";
import { articleTitle } from "../article-names.js";
import { groupQuotes } from "../quote-groups.js";
import { type BriefView, NO_FINDINGS, timesNote, viewOf } from "./brief-view.js";
import { escapeHtml } from "./html-escape.js";
import { placesSvg } from "./places-svg.js";

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.8rem;line-height:1.2}h2{border-bottom:1px solid #ccc;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}
.verdict-conflict{color:#a00;font-weight:bold}.verdict-update{color:#a60}.verdict-agree{color:#070}
.meta,.why,.note{color:#555;font-size:.9rem}
.map{max-width:100%;height:auto;border:1px solid #ccc;background:#f7f7f2}.map circle{fill:#a00}.map text{font-size:13px;fill:#222}.map .scale{fill:#777;font-size:11px}sup a{text-decoration:none}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}tr,li{break-inside:avoid}}`;

const cite = (view: BriefView, ids: readonly string[]) =>
  ids
    .map(
      (id) =>
        `<sup><a href="#article-${view.number.get(id) ?? 0}">[${view.number.get(id) ?? escapeHtml(id)}]</a></sup>`,
    )
    .join("");

const list = (items: string[], empty = "none") =>
  `<ul>${(items.length ? items : [escapeHtml(empty)]).map((i) => `<li>${i}</li>`).join("")}</ul>`;

function findingsHtml(brief: Brief, view: BriefView): string {
  if (brief.findings.length === 0) return `<h2>Findings</h2><p>${escapeHtml(NO_FINDINGS)}</p>`;
  const rows = brief.findings.map(
    (f) =>
      `<tr><td>${escapeHtml(view.topicLabel(f.topic))}</td><td class="verdict-${f.verdict}">${f.verdict}</td><td>${escapeHtml(view.figure(f.best))}</td><td>${escapeHtml(view.figure(f.conservative))}</td><td>${f.independentSources}</td><td>${f.outlets}</td></tr>`,
  );
  const details = brief.findings.map(
    (f) =>
      `<h3>${escapeHtml(view.topicLabel(f.topic))}: <span class="verdict-${f.verdict}">${f.verdict}</span></h3><p class="why">${escapeHtml(f.explanation)}</p>${list(view.valueLines(f.values).map((v) => `${escapeHtml(v.text)} ${cite(view, [v.articleId])}${timesNote(v.times)}`))}`,
  );
  return `<h2>Findings</h2><table><thead><tr><th>Question</th><th>Verdict</th><th>Best</th><th>Most conservative</th><th>Original sources</th><th>Outlets</th></tr></thead><tbody>${rows.join("")}</tbody></table>${details.join("")}`;
}

function coverageHtml(brief: Brief, view: BriefView): string {
  const labels = (keys: string[]) => escapeHtml(view.factsText(keys));
  const only = brief.coverage.perArticle
    .filter((p) => p.exclusive.length > 0)
    .map(
      (p) =>
        `${cite(view, [p.articleId])} ${escapeHtml(view.articleName(p.articleId))}: ${labels(p.exclusive)}`,
    );
  const missing = brief.coverage.perArticle
    .filter((p) => p.missing.length > 0)
    .map(
      (p) =>
        `${cite(view, [p.articleId])} ${escapeHtml(view.articleName(p.articleId))}: ${labels(p.missing)}`,
    );
  return `<h2>Only in one report</h2>${list(only)}<h2>Widely reported, left out by</h2>${list(missing)}`;
}

const copyNote = (view: BriefView, id: string) => {
  const { cite, name } = view.copied(id);
  return `copy of ${cite ? `${cite} ` : ""}${name}`;
};

function articlesHtml(brief: Brief, view: BriefView): string {
  const items = brief.articles.map((a, i) => {
    const title = escapeHtml(articleTitle(a));
    const link = a.url && /^https?:\/\//i.test(a.url) ? `<a href="${escapeHtml(a.url)}">${title}</a>` : title;
    const meta = [a.outlet, a.published, a.duplicateOf ? copyNote(view, a.duplicateOf) : null].filter(
      Boolean,
    );
    return `<li id="article-${i + 1}">${link}${meta.length ? ` <span class="meta">${escapeHtml(meta.join(", "))}</span>` : ""}</li>`;
  });
  return `<h2>Articles</h2><ol>${items.join("")}</ol>`;
}

function quotesHtml(brief: Brief, view: BriefView): string {
  const groups = groupQuotes(brief.quotes, brief.entities).map(
    (g) =>
      `<strong>${escapeHtml(g.speaker ?? "Unattributed")}</strong>${list(g.lines.map((l) => `“${escapeHtml(l.text)}” ${cite(view, [...new Set(l.claims.map((c) => c.articleId))])}`))}`,
  );
  return `<h2>Quotes</h2>${list(groups, "no quotes")}`;
}

/** The brief as one standalone, printable HTML page: no script, every text escaped. */
export function renderHtml(brief: Brief): string {
  const view = viewOf(brief);
  const body = [
    `<h1>${escapeHtml(brief.title)}</h1>`,
    `<p class="meta">Brief generated ${escapeHtml(brief.generatedAt)} from ${view.articleCount}.</p>`,
    `<p><strong>Toll:</strong> ${escapeHtml(view.toll)}</p>`,
    `<h2>Summary</h2>${list(brief.summary.map((s) => `${escapeHtml(s.text)} ${cite(view, [s.articleId])}${s.note ? ` <em class="note">(${escapeHtml(s.note)})</em>` : ""}`))}`,
    findingsHtml(brief, view),
    coverageHtml(brief, view),
    `<h2>Timeline</h2>${list(
      brief.timeline.map(
        (e) => `<time>${escapeHtml(e.date)}</time> ${escapeHtml(e.text)} ${cite(view, e.articleIds)}`,
      ),
      "no dated events",
    )}`,
    `<h2>Places</h2>${placesSvg(brief.places)}${list(brief.places.map((p) => `<strong>${escapeHtml(p.name)}</strong> <span class="meta">(${p.scope === "country" ? "country, shown at its capital: " : ""}${p.lat}, ${p.lon})</span> ${p.events.map((e) => `${escapeHtml(e.text)} ${cite(view, e.articleIds)}`).join("; ")}`))}`,
    quotesHtml(brief, view),
    `<h2>Sources</h2>${list(brief.provenance.map((p) => `${cite(view, [p.articleId])} ${escapeHtml(view.articleName(p.articleId))} relays: ${escapeHtml(p.sources.map((s) => view.relayedName(s, p.outlet)).join(", ") || "nothing attributed")}`))}`,
    articlesHtml(brief, view),
    `<h2>How figures are reconciled</h2>${list(brief.rule.split("\n").map(escapeHtml))}`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(brief.title)}</title><style>${STYLE}</style></head>
<body><main>${body.join("\n")}</main></body></html>
`;
}
