import type { Mention, Sentence } from "../../model/index.js";
import { acronymAfter, acronymLetters } from "./acronym-definitions.js";
import { type ArticleContext, type Candidate, candidateText } from "./candidate.js";
import { classifyCandidate, isCodeName } from "./classify-candidate.js";
import { isCountry } from "./known-names.js";
import { findProperNounRuns, type ProperNounRun } from "./proper-noun-runs.js";
import { repairGluedNames } from "./repair-glued-names.js";
import { isAcronym, settleInArticle, type Typed, unifyTypes } from "./settle-in-article.js";
import { shapeRun } from "./shape-run.js";
import { tokenizeWords, type WordToken } from "./tokenize-words.js";

function buildContext(text: string, tokens: WordToken[], runs: ProperNounRun[]): ArticleContext {
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.text.toLowerCase());
  const midSentenceCaps = new Set<string>();
  for (const run of runs) {
    if (run.inHeading) continue;
    for (const t of run.tokens) if (t.cap && !t.initial) midSentenceCaps.add(t.text);
  }
  return { text, tokens, lowerWords, midSentenceCaps, acronyms: new Map() };
}

/**
 * Names of people, organisations, places and other things in `text`, with character offsets.
 * Rules: proper-noun runs, titles and roles, acronyms defined in brackets, organisation and place
 * head words, cue words around a name, the gazetteer and compromise's lexicon; junk dropped.
 */
export function extractMentions(text: string, sentences?: Sentence[]): Mention[] {
  const starts = sentences ? new Set(sentences.map((s) => s.start)) : undefined;
  const tokens = repairGluedNames(tokenizeWords(text, starts));
  const runs = findProperNounRuns(text, tokens);
  const ctx = buildContext(text, tokens, runs);
  const candidates = runs.flatMap((run) => shapeRun(run, ctx));
  const defined = new Set<Candidate>();
  for (const c of candidates) {
    const last = c.tokens[c.tokens.length - 1];
    const acronym = last && c.tokens.length >= 2 ? acronymAfter(text, last.end) : null;
    if (!acronym) continue;
    ctx.acronyms.set(acronymLetters(acronym.acronym), candidateText(text, c));
    defined.add(c);
  }
  const typed: Typed[] = [];
  const classified = candidates.map((c) => classifyCandidate(ctx, c));
  // a code name ("M23") an organisation cue named once is that organisation wherever the article writes it
  const codeOrgs = new Set(
    candidates
      .filter((c, i) => classified[i] === "organization" && c.tokens.length === 1)
      .map((c) => candidateText(text, c))
      .filter(isCodeName),
  );
  for (const [i, candidate] of candidates.entries()) {
    const name = candidateText(text, candidate);
    let type = classified[i] ?? (codeOrgs.has(name) ? "organization" : null);
    if (type === null) continue;
    if (defined.has(candidate) && (type === "person" || type === "other") && !isCountry(name))
      type = "organization";
    typed.push({ candidate, text: name, type });
  }
  return settleInArticle(ctx, unifyTypes(typed)).map((t) => {
    const first = t.candidate.tokens[0] as WordToken;
    const last = t.candidate.tokens[t.candidate.tokens.length - 1] as WordToken;
    const expansion = isAcronym(t) ? (ctx.acronyms.get(acronymLetters(t.text)) ?? null) : null;
    return {
      start: first.start,
      end: last.end,
      text: t.text,
      type: t.type,
      role: t.candidate.role,
      expansion,
      entityId: null,
    };
  });
}
