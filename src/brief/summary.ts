import { splitSentences } from "../extract/sentences/split-sentences.js";
import type { Article, Sentence } from "../model/article.js";
import type { SummarySentence } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Finding } from "../model/story.js";
import { withoutDateline } from "../normalize/dateline.js";
import { disputedFigureNotes, supersededClaimIds } from "./superseded-claims.js";
import { centroidOf, cosine, type TermVector, termsOf, tfidfVectors } from "./term-vectors.js";

export type SummaryArticle = Pick<Article, "id" | "text" | "duplicateOf" | "outlet">;

interface Candidate extends SummarySentence {
  relevance: number;
  vector: TermVector;
}

/** Relevance against redundancy in maximal marginal relevance. */
const LAMBDA = 0.7;
/**
 * Each sentence already taken from an article lowers that article's next ones by this much, so a
 * summary of six reports is not five sentences of the longest one.
 */
const SAME_ARTICLE = 0.08;
/** A sentence this close to one already chosen says the same thing. */
const SAME_THING = 0.75;
const MIN_SENTENCES = 5;
const MAX_SENTENCES = 8;
/** News puts what matters first: only an article's first prose sentences are candidates. */
const LEAD_SENTENCES = 15;
/** Only the most relevant candidates enter the MMR selection. */
const POOL_SIZE = 300;

const CLOSERS = "\"'”’»)";

/** A readable sentence: ends like one, 6 to 60 words, not a hashtag line. */
function isProse(text: string): boolean {
  let last = text.length - 1;
  while (last > 0 && CLOSERS.includes(text[last]!)) last--;
  if (!".!?".includes(text[last]!) || text.startsWith("#")) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32) words++;
  return words >= 6 && words <= 60;
}

/** Share of the story's outlets behind the findings a sentence carries. */
function coverageWeight(
  claims: readonly Claim[],
  findingOutlets: Map<string, number>,
  outlets: number,
): number {
  const weight = claims.reduce((sum, c) => sum + (findingOutlets.get(c.id) ?? 0) / Math.max(1, outlets), 0);
  return Math.min(1, weight);
}

function candidatesOf(
  articles: readonly SummaryArticle[],
  claims: readonly Claim[],
  findings: readonly Finding[],
  sentences: Readonly<Record<string, Sentence[]>>,
): Candidate[] {
  const superseded = supersededClaimIds(findings);
  const disputed = disputedFigureNotes(findings);
  const findingOutlets = new Map(
    findings.flatMap((f) => f.values.map((v) => [v.claimId, f.outlets] as const)),
  );
  const outlets = new Set(articles.map((a) => a.outlet ?? a.id)).size;
  const claimsOf = new Map<string, Claim[]>();
  const contextOf = new Map<string, Claim[]>();
  for (const c of claims) {
    const into = c.background ? contextOf : claimsOf;
    if (!c.background || (c.kind !== "date" && c.kind !== "quote"))
      into.set(c.articleId, [...(into.get(c.articleId) ?? []), c]);
  }
  const raw: Omit<Candidate, "vector" | "relevance">[] = [];
  const weights: number[] = [];
  for (const article of articles) {
    if (article.duplicateOf) continue;
    const own = claimsOf.get(article.id) ?? [];
    let position = -1;
    for (const s of sentences[article.id] ?? splitSentences(article.text)) {
      // a dateline ("ANKARA, March 18 (GRW) - ") is where the report was filed, not part of what it says
      const { text, start } = withoutDateline(article.text.slice(s.start, s.end), s.start);
      if (!isProse(text)) continue;
      if (++position >= LEAD_SENTENCES) break;
      const inside = own.filter((c) => c.start < s.end && c.end > s.start);
      if (inside.some((c) => superseded.has(c.id))) continue;
      // "The 2018 fire in the same hills killed 85": a figure of another time is context, not the story
      const context = (contextOf.get(article.id) ?? []).some((c) => c.start < s.end && c.end > s.start);
      if (context && !inside.some((c) => c.kind !== "date" && c.kind !== "quote")) continue;
      const notes = [...new Set(inside.flatMap((c) => disputed.get(c.id) ?? []))];
      raw.push({
        text,
        articleId: article.id,
        start,
        end: s.end,
        ...(notes.length ? { note: notes.join("; ") } : {}),
      });
      weights.push(0.3 * coverageWeight(inside, findingOutlets, outlets) + 0.15 / (1 + position));
    }
  }
  const vectors = tfidfVectors(raw.map((c) => termsOf(c.text)));
  const centroid = centroidOf(vectors);
  return raw.map((c, i) => ({
    ...c,
    vector: vectors[i]!,
    relevance: cosine(vectors[i]!, centroid) + weights[i]!,
  }));
}

/**
 * 5 to 8 verbatim sentences (from each article's first 15) by centrality (closeness to the story's centroid), coverage (findings many
 * outlets report) and a lead bonus, with redundancy removed by maximal marginal relevance and each
 * further sentence of one article weighed down (`SAME_ARTICLE`), so the summary draws on several reports. Sentences
 * stating a superseded figure are left out, so no outdated toll reads as current, and so are those whose
 * only figures are background (a past disaster's toll, a population); one stating a
 * figure the sources dispute carries a note saying so. A summary drawn from one report keeps the report's
 * order.
 */
export function buildSummary(
  articles: readonly SummaryArticle[],
  claims: readonly Claim[],
  findings: readonly Finding[],
  sentences: Readonly<Record<string, Sentence[]>> = {},
): SummarySentence[] {
  const pool = candidatesOf(articles, claims, findings, sentences)
    .sort((a, b) => b.relevance - a.relevance)
    .slice(0, POOL_SIZE);
  const wanted = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, articles.length + 1));
  const redundancy = pool.map(() => 0);
  const chosen: Candidate[] = [];
  const taken = new Set<number>();
  const perArticle = new Map<string, number>();
  while (chosen.length < wanted) {
    let bestIndex = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((c, i) => {
      if (taken.has(i) || redundancy[i]! >= SAME_THING) return;
      const score =
        LAMBDA * c.relevance -
        (1 - LAMBDA) * redundancy[i]! -
        SAME_ARTICLE * (perArticle.get(c.articleId) ?? 0);
      if (score > bestScore) [bestIndex, bestScore] = [i, score];
    });
    if (bestIndex < 0) break;
    const pick = pool[bestIndex]!;
    taken.add(bestIndex);
    chosen.push(pick);
    perArticle.set(pick.articleId, (perArticle.get(pick.articleId) ?? 0) + 1);
    pool.forEach((c, i) => {
      redundancy[i] = Math.max(redundancy[i]!, cosine(c.vector, pick.vector));
    });
  }
  // one report's summary reads in its own order: its lead first, as the reporter told it
  if (new Set(chosen.map((c) => c.articleId)).size === 1) chosen.sort((a, b) => a.start - b.start);
  return chosen.map(({ text, articleId, start, end, note }) => ({
    text,
    articleId,
    start,
    end,
    ...(note === undefined ? {} : { note }),
  }));
}
