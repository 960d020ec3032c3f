import type { Brief } from "../../model/brief.js";
import type { Finding } from "../../model/story.js";
import { describeCount } from "../../reconcile/interval.js";

/** What the Markdown and HTML renderers both show, worked out once. */
export interface BriefView {
  /** 1-based citation number of each article. */
  number: Map<string, number>;
  /** How an article is named: outlet, else title, else id. */
  articleName: (id: string) => string;
  /** A name for an original source key (entity id or name). */
  sourceName: (key: string) => string;
  factLabel: (key: string) => string;
  figure: (f: Finding["best"]) => string;
  toll: string;
  /** "1 article", "5 articles". */
  articleCount: string;
}

export function viewOf(brief: Brief): BriefView {
  const number = new Map(brief.articles.map((a, i) => [a.id, i + 1]));
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const entityNames = new Map(brief.entities.map((e) => [e.id, e.name]));
  const facts = new Map(brief.coverage.facts.map((f) => [f.key, f.label]));
  const figure = (f: Finding["best"]) => (f ? describeCount(f.count, f.qualifier) : "—");
  const { killed, injured } = brief.casualties;
  const toll = [killed === null ? null : `${killed} killed`, injured === null ? null : `${injured} injured`]
    .filter(Boolean)
    .join(", ");
  return {
    number,
    articleName: (id) => {
      const a = byId.get(id);
      return a?.outlet ?? a?.title ?? id;
    },
    sourceName: (key) => entityNames.get(key) ?? key,
    factLabel: (key) => facts.get(key) ?? key,
    figure,
    toll: toll || "no toll stated",
    articleCount: `${brief.articles.length} article${brief.articles.length === 1 ? "" : "s"}`,
  };
}
