import type { WordToken } from "./tokenize-words.js";

/** A stretch of a proper-noun run that may name one thing, with what surrounds it. */
export interface Candidate {
  /** Index of the first token in the article's token list, and the tokens themselves. */
  first: number;
  tokens: WordToken[];
  /** Title or role words taken off the front ("Foreign Minister"). */
  role: string | null;
  inHeading: boolean;
  /** A bare organisation head word ("the Observatory"): kept only when it points to an organisation nearby. */
  headOnly: boolean;
  /** Split off the front of a role ("Kremlin" in "Kremlin Spokesperson ..."). */
  beforeRole: boolean;
}

export function candidateText(text: string, candidate: Candidate): string {
  const first = candidate.tokens[0];
  const last = candidate.tokens[candidate.tokens.length - 1];
  return first && last ? text.slice(first.start, last.end) : "";
}

/** Per-article facts the rules consult. */
export interface ArticleContext {
  text: string;
  tokens: WordToken[];
  /** Lower-case words seen in the article: a capitalised word also seen in lower case is a common word. */
  lowerWords: Set<string>;
  /** Capitalised words seen somewhere other than at a sentence start or in a heading. */
  midSentenceCaps: Set<string>;
  /** Acronym (letters only) -> the long form written before it in brackets. */
  acronyms: Map<string, string>;
}
