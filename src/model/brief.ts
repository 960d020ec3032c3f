import type { CasualtyCounts } from "./article.js";
import type { Claim, QuoteClaim } from "./claim.js";
import type { Entity } from "./entity.js";
import type { Finding } from "./story.js";

export interface BriefArticle {
  id: string;
  title: string | null;
  /** When the article has no title: its first sentence, cut to its first words, to name it by. */
  lead: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  duplicateOf: string | null;
  casualties: CasualtyCounts;
}

/** A summary sentence, verbatim from one article, with where it stands there. */
export interface SummarySentence {
  text: string;
  articleId: string;
  start: number;
  end: number;
  /** Set when the sentence states a figure the findings dispute: what the findings say instead. */
  note?: string;
}

export interface TimelineEvent {
  date: string;
  text: string;
  articleIds: string[];
}

export interface MapPlace {
  entityId: string;
  name: string;
  lat: number;
  lon: number;
  /**
   * "country" when the place is a whole country: its point is the gazetteer's seat for it (the capital),
   * not where anything happened. "local" for towns, cities and other points.
   */
  scope: "country" | "local";
  /** What happened there, one short line each, with the articles that say it. */
  events: { text: string; articleIds: string[] }[];
}

export interface SourceLink {
  outlet: string;
  articleId: string;
  /** Original sources the article relays (entity ids or the outlet itself). */
  sources: string[];
}

export interface CoverageFact {
  /** Stable key for the fact (topic or claim signature). */
  key: string;
  label: string;
  articleIds: string[];
}

export interface Brief {
  version: 1;
  storyId: string;
  title: string;
  generatedAt: string;
  articles: BriefArticle[];
  casualties: CasualtyCounts;
  summary: SummarySentence[];
  findings: Finding[];
  /** The written rule that picks `best` and the verdicts. */
  rule: string;
  entities: Entity[];
  claims: Claim[];
  quotes: QuoteClaim[];
  timeline: TimelineEvent[];
  places: MapPlace[];
  provenance: SourceLink[];
  coverage: {
    facts: CoverageFact[];
    /** Per article: keys of facts only it reports, and of widely reported facts it leaves out. */
    perArticle: { articleId: string; exclusive: string[]; missing: string[] }[];
  };
}
