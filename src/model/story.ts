import type { CasualtyCounts } from "./article.js";
import type { Qualifier } from "./claim.js";

/** One real-world event and its follow-ups. */
export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  /** Earliest / latest publication date of its articles (ISO), null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** Reconciled figure for the story. */
  casualties: CasualtyCounts;
}

export type Verdict = "agree" | "conflict" | "update" | "single";

export interface FindingValue {
  claimId: string;
  articleId: string;
  /** The figure of a casualty value; null for control and attack values, which carry no count. */
  count: number | null;
  countMax: number | null;
  qualifier: Qualifier | null;
  /** The value in words ("at least 311 killed", "X captured Y (majority)"); reconcile always sets it. */
  label?: string;
  /** Entity id of the original source, or null (the outlet's own reporting). */
  source: string | null;
  /**
   * Display name of the original source: the entity name, or, unattributed, the outlet (a report with no
   * outlet by its title or opening words in quotes).
   */
  sourceName: string;
  /** True when no one is credited: the figure is the outlet's (or the report's) own reporting. */
  ownReporting?: boolean;
  outlet: string | null;
  date: string | null;
  /** A count stated as lowered from a higher one ("revised the toll down to 40"); absent otherwise. */
  lowered?: boolean;
}

/** One reconciled question of a story, e.g. `killed:all` or `control:<place-entity-id>`. */
export interface Finding {
  topic: string;
  verdict: Verdict;
  best: { count: number; qualifier: Qualifier } | null;
  /** The most conservative figure (lowest lower bound), kept beside `best`. */
  conservative: { count: number; qualifier: Qualifier } | null;
  independentSources: number;
  outlets: number;
  values: FindingValue[];
  /** One sentence saying why the verdict and the best value are what they are. */
  explanation: string;
}
