import type { Brief } from "../../model/brief.js";
import type { Finding } from "../../model/story.js";
import { describeCount } from "../../reconcile/interval.js";
import { countryParts, storyTotal } from "../../reconcile/story-casualties.js";
import { attackTopicLabel, groupLabels, groupNames, topicKeyName } from "../../reconcile/topic.js";
import { valueLabel } from "../../reconcile/value-label.js";
import { reportName } from "../article-names.js";
import { conflictCounterpart } from "../superseded-claims.js";

/** What the Markdown and HTML renderers both show, worked out once. */
export interface BriefView {
  /** 1-based citation number of each article. */
  number: Map<string, number>;
  /** What a copy copies: "[1] Northline News" for an article in the brief, else its id. */
  copied: (id: string) => { cite: string | null; name: string };
  /** How an article is named: outlet, else title, else id. */
  articleName: (id: string) => string;
  /** Coverage facts in words: claim facts first, then "also names: ..." for named things. */
  factsText: (keys: readonly string[]) => string;
  figure: (f: Finding["best"]) => string;
  /** A question in words: "Killed: civilians", "Control of Castelmoor". */
  topicLabel: (topic: string) => string;
  /** An article's relayed source in words; the outlet itself is its "own reporting". */
  relayedName: (key: string, outlet: string) => string;
  toll: string;
  /** "1 article", "5 articles". */
  articleCount: string;
  /**
   * A finding's values as lines: "label: source" once per article, in first-seen order, with how many
   * times that article said it ("airstrike: Ardell Times", 4), so a report naming it four times is one line.
   */
  valueLines: (values: Finding["values"]) => { text: string; articleId: string; times: number }[];
}

/** What a brief says when its reports state no figure, control, or attack to reconcile. */
export const NO_FINDINGS = "No casualty figures, control of places or attacks to reconcile in these reports.";

const figureText = (f: Finding["best"]) => (f ? describeCount(f.count, f.qualifier) : "—");

/**
 * A story's toll in words from its findings: "81 killed (sources conflict; lowest 46), about 150 injured,
 * 12 missing";
 * empty when the story states none.
 */
export function briefToll(findings: readonly Finding[]): string {
  const tollOf = (topic: string, outcome: string) => {
    const f = findings.find((x) => x.topic === topic);
    if (!f?.best) return null;
    const other = conflictCounterpart(f);
    const disputed =
      f.verdict !== "conflict"
        ? ""
        : other
          ? ` (sources conflict; ${other.side} ${describeCount(other.value.count ?? 0, other.value.qualifier ?? "exact", other.value.countMax)})`
          : " (sources conflict)";
    return `${figureText(f.best)} ${outcome}${disputed}`;
  };
  // a story told country by country: the whole, then each country's figure ("50 killed: 31 in Haiti, ...")
  const byCountry = (outcome: string) => {
    const parts = countryParts(findings, outcome);
    if (parts.length === 0) return tollOf(`${outcome}:all`, outcome);
    const total = storyTotal(findings, outcome) ?? 0;
    const own = findings.find((x) => x.topic === `${outcome}:all`)?.best;
    const exact = parts.every((p) => p.best?.qualifier === "exact") && !(own && own.count >= total);
    const each = parts.map((p) => `${figureText(p.best)} ${groupNames(p.topic, new Map()).join(", ")}`);
    return `${exact ? "" : "at least "}${total.toLocaleString("en-US")} ${outcome} (${each.join("; ")})`;
  };
  // the missing and the kidnapped are part of what a story costs ("3,958 killed, 9,000 missing")
  const held = [tollOf("missing:all", "missing"), tollOf("kidnapped:all", "kidnapped")];
  return [byCountry("killed"), byCountry("injured"), ...held].filter(Boolean).join(", ");
}

export function viewOf(brief: Brief): BriefView {
  const number = new Map(brief.articles.map((a, i) => [a.id, i + 1]));
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const entityNames = new Map(brief.entities.map((e) => [e.id, e.name]));
  const facts = new Map(brief.coverage.facts.map((f) => [f.key, f.label]));
  const figure = figureText;
  const toll = briefToll(brief.findings);
  const named = (key: string) => topicKeyName(key, entityNames);
  const groupLabelsOf = groupLabels(brief.claims);
  const articleName = (id: string) => {
    const a = byId.get(id);
    return a ? reportName(a) : id;
  };
  const topicLabel = (topic: string) => {
    const [kind = "", ...rest] = topic.split(":");
    const what = rest.join(":");
    if (kind === "control") return `Control of ${named(what)}`;
    // "attack:<target>:<weapon>": "Airstrike on Aleppo"
    if (kind === "attack" || kind === "attack-by") {
      const label = attackTopicLabel(rest[1] ?? "attack", named(rest[0] ?? ""), kind === "attack-by");
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
    }
    const group = groupNames(topic, groupLabelsOf).join(", ");
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${group ? `: ${group}` : ""}`;
  };
  return {
    number,
    topicLabel,
    // a copy of an outlet-less report relays that report, known by its article id
    relayedName: (key, outlet) =>
      key === outlet ? "own reporting" : (entityNames.get(key) ?? articleName(key)),
    articleName,
    copied: (id) =>
      number.has(id) ? { cite: `[${number.get(id)}]`, name: articleName(id) } : { cite: null, name: id },
    factsText: (keys) => {
      const claims = keys.filter((k) => !k.startsWith("entity:")).map((k) => facts.get(k) ?? k);
      const names = keys.filter((k) => k.startsWith("entity:")).map((k) => named(k.slice("entity:".length)));
      return [...claims, ...(names.length ? [`also names ${names.join(", ")}`] : [])].join("; ");
    },
    figure,
    valueLines: (values) => {
      const lines = new Map<string, { text: string; articleId: string; times: number }>();
      for (const v of values) {
        const text = `${valueLabel(v)}: ${v.sourceName}`;
        const key = `${v.articleId}\u0000${text}`;
        const line = lines.get(key);
        if (line) line.times++;
        else lines.set(key, { text, articleId: v.articleId, times: 1 });
      }
      return [...lines.values()];
    },
    toll: toll || "no toll stated",
    articleCount: `${brief.articles.length} article${brief.articles.length === 1 ? "" : "s"}`,
  };
}

/** " (4 mentions)" after a value line an article gave more than once; nothing for once. */
export const timesNote = (times: number) => (times > 1 ? ` (${times} mentions)` : "");
