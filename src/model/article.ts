/** An article as a source hands it in, before any analysis. */
export interface ArticleInput {
  /** Stable id: JSON `id`, a file's base name, or a URL. */
  id: string;
  title: string | null;
  /** Body text as read (may still carry boilerplate and glued words). */
  text: string;
  url: string | null;
  outlet: string | null;
  /** ISO 8601 date or date-time, or null when unknown. */
  published: string | null;
  language: string | null;
  /** Where it came from, for messages: a path (with line) or a URL. */
  origin: string;
  /** Unknown JSON fields, kept as they came. */
  extra: Record<string, unknown>;
}

/** Killed / injured for one event; null means "not stated". */
export interface CasualtyCounts {
  killed: number | null;
  injured: number | null;
}

/** A stored, analysed article. `text` is the normalized text every offset refers to. */
export interface Article {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  origin: string;
  extra: Record<string, unknown>;
  /** sha256 of the normalized title + text: the exact fingerprint used for idempotent ingest. */
  contentHash: string;
  /** Near-duplicate signature (hex), see src/cluster. */
  signature: string;
  storyId: string;
  duplicateOf: string | null;
  /** The article's main toll (the event it is about), from its own claims. */
  casualties: CasualtyCounts;
  /** ISO time when it was stored. */
  ingestedAt: string;
}

/** A sentence of an article's normalized text; `end` is exclusive. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A problem with one input item: shown to the user, never fatal for the batch. */
export interface InputProblem {
  /** Path (with `:line` for JSONL), URL or id. */
  item: string;
  reason: string;
}
