import { createHash } from "node:crypto";
import type { Story } from "../model/index.js";
import type { StoryProfile } from "../store/store.js";
import { contentTerms, cosine, termFrequencies } from "./terms.js";

/** What story clustering reads from the store. */
export interface StoryLookup {
  findStoryCandidates(terms: string[], limit: number): Promise<StoryProfile[]>;
  documentFrequencies(terms: string[]): Promise<Map<string, number>>;
  countArticles(): Promise<number>;
}

export interface ClusterInput {
  id: string;
  title: string | null;
  text: string;
  published: string | null;
}

export interface StoryPlacement {
  /** The story the article joins (new or existing), with the article added. */
  profile: StoryProfile;
  /** Terms of the article, for document frequency. */
  documentTerms: string[];
  redirects: { from: string; to: string }[];
}

const JOIN_THRESHOLD = 0.22;
const TOP_TERMS = 60;
const DAY = 86_400_000;

function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
}

/**
 * First version: TF-IDF cosine between the article and each candidate story's centroid, damped by
 * publication-time distance; joins the best story above a threshold, else starts one.
 */
export async function clusterArticle(input: ClusterInput, lookup: StoryLookup): Promise<StoryPlacement> {
  const terms = contentTerms(`${input.title ?? ""} ${input.title ?? ""} ${input.text}`);
  const tf = termFrequencies(terms);
  const n = (await lookup.countArticles()) + 1;
  const df = await lookup.documentFrequencies([...tf.keys()]);
  const vector = new Map<string, number>();
  for (const [t, f] of tf) vector.set(t, (1 + Math.log(f)) * Math.log((n + 1) / ((df.get(t) ?? 0) + 1)));
  const top = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_TERMS);
  const articleVector = new Map(top);
  let best: { profile: StoryProfile; score: number } | null = null;
  for (const candidate of await lookup.findStoryCandidates([...articleVector.keys()], 20)) {
    const dated = candidate.story.lastDate ?? candidate.story.firstDate;
    const score = cosine(articleVector, candidate.terms) * Math.exp(-daysApart(input.published, dated) / 7);
    if (score >= JOIN_THRESHOLD && (!best || score > best.score)) best = { profile: candidate, score };
  }
  const base: StoryProfile = best?.profile ?? {
    story: {
      id: `s-${createHash("sha1").update(input.id).digest("hex").slice(0, 12)}`,
      title: input.title ?? headlineFrom(input.text),
      articleIds: [],
      firstDate: null,
      lastDate: null,
      casualties: { killed: null, injured: null },
    },
    terms: new Map(),
  };
  const size = base.story.articleIds.length;
  const merged = new Map(base.terms);
  for (const [t, w] of articleVector) merged.set(t, ((merged.get(t) ?? 0) * size + w) / (size + 1));
  for (const t of merged.keys())
    if (!articleVector.has(t)) merged.set(t, ((merged.get(t) ?? 0) * size) / (size + 1));
  const story: Story = {
    ...base.story,
    articleIds: [...base.story.articleIds, input.id],
    firstDate: minDate(base.story.firstDate, input.published),
    lastDate: maxDate(base.story.lastDate, input.published),
  };
  const centroid = new Map([...merged.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_TERMS * 2));
  return { profile: { story, terms: centroid }, documentTerms: [...tf.keys()], redirects: [] };
}

function minDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** A headline for an untitled article: its first sentence, cut at a word near 100 characters. */
function headlineFrom(text: string): string {
  const first = (/^[^\n]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.split("\n")[0] ?? "").trim();
  if (first.length <= 110) return first;
  return `${first.slice(0, 100).replace(/\s+\S*$/, "")}...`;
}
