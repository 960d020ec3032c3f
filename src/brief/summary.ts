import { splitSentences } from "../extract/sentences/split-sentences.js";
import type { Article, Sentence } from "../model/article.js";
import type { SummarySentence } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Finding } from "../model/story.js";
import { supersededClaimIds } from "./superseded-claims.js";
import { centroidOf, cosine, type TermVector, termsOf, tfidfVectors } from "./term-vectors.js";

export type SummaryArticle = Pick<Article, "id" | "text" | "duplicateOf" | "outlet">;

interface Candidate extends SummarySentence {
  relevance: number;
  vector: TermVector;
}

/** Relevance against redundancy in maximal marginal relevance. */
const LAMBDA = 0.7;
/** A sentence this close to one already chosen says the same thing. */
const SAME_THING = 0.75;
const MIN_SENTENCES = 5;
const MAX_SENTENCES = 8;

/** A readable sentence: ends like one, 6 to 60 words, not a hashtag line. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 6 && words <= 60 && /[.!?]["'”’»)]*$/u.test(text) && !text.startsWith("#");
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
  const findingOutlets = new Map(
    findings.flatMap((f) => f.values.map((v) => [v.claimId, f.outlets] as const)),
  );
  const outlets = new Set(articles.map((a) => a.outlet ?? a.id)).size;
  const raw: Omit<Candidate, "vector" | "relevance">[] = [];
  const weights: number[] = [];
  for (const article of articles) {
    if (article.duplicateOf) continue;
    const own = claims.filter((c) => c.articleId === article.id && !c.background);
    for (const [position, s] of (sentences[article.id] ?? splitSentences(article.text)).entries()) {
      const text = article.text.slice(s.start, s.end);
      if (!isProse(text)) continue;
      const inside = own.filter((c) => c.start < s.end && c.end > s.start);
      if (inside.some((c) => superseded.has(c.id))) continue;
      raw.push({ text, articleId: article.id, start: s.start, end: s.end });
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
 * 5 to 8 verbatim sentences by centrality (closeness to the story's centroid), coverage (findings many
 * outlets report) and a lead bonus, with redundancy removed by maximal marginal relevance. Sentences
 * stating a superseded figure are left out, so no outdated toll reads as current.
 */
export function buildSummary(
  articles: readonly SummaryArticle[],
  claims: readonly Claim[],
  findings: readonly Finding[],
  sentences: Readonly<Record<string, Sentence[]>> = {},
): SummarySentence[] {
  const pool = candidatesOf(articles, claims, findings, sentences);
  const wanted = Math.min(MAX_SENTENCES, Math.max(MIN_SENTENCES, articles.length + 1));
  const chosen: Candidate[] = [];
  while (chosen.length < wanted && pool.length > 0) {
    let bestIndex = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    pool.forEach((c, i) => {
      const redundancy = Math.max(0, ...chosen.map((s) => cosine(s.vector, c.vector)));
      const score =
        redundancy >= SAME_THING
          ? Number.NEGATIVE_INFINITY
          : LAMBDA * c.relevance - (1 - LAMBDA) * redundancy;
      if (score > bestScore) [bestIndex, bestScore] = [i, score];
    });
    if (bestIndex < 0) break;
    chosen.push(...pool.splice(bestIndex, 1));
  }
  return chosen.map(({ text, articleId, start, end }) => ({ text, articleId, start, end }));
}
