import { createHash } from "node:crypto";
import { buildBrief } from "./brief/build-brief.js";
import { buildExportDocument, type ExportDocument } from "./brief/export-document.js";
import {
  clusterArticle,
  placeInStory,
  type Regrouping,
  type StoryClusterer,
  signature,
  storyClustererFor,
  storyRecord,
} from "./cluster/index.js";
import { extractMentions } from "./extract/entities/extract-mentions.js";
import { mainToll } from "./extract/main-toll.js";
import { extractClaims } from "./extract/registry.js";
import { splitSentences } from "./extract/sentences/split-sentences.js";
import type { Article, ArticleInput, Brief, Claim, InputProblem, Mention, Sentence } from "./model/index.js";
import { contentFingerprint, detectLanguage, normalizeText } from "./normalize/index.js";
import { reconcileStory } from "./reconcile/reconcile-story.js";
import { storyCasualties } from "./reconcile/story-casualties.js";
import { resolveArticle } from "./resolve/resolve-article.js";
import { resolveClaimRefs } from "./resolve/resolve-claim-refs.js";
import type { Store, StoryProfile } from "./store/store.js";

/**
 * The stage order, in one place: normalize -> extract -> resolve -> cluster -> (store) and,
 * on demand, reconcile -> brief. The CLI, the server and workers call these; none re-implements a stage.
 */

export interface PipelineDeps {
  store: Store;
  clock: () => Date;
}

/** One article analysed on its own (pure): normalized text, sentences, mentions, claims. */
export interface ArticleAnalysis {
  input: ArticleInput;
  text: string;
  title: string | null;
  language: string;
  contentHash: string;
  signature: string;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
}

export type IngestOutcome =
  | {
      status: "ingested";
      articleId: string;
      storyId: string;
      /** The earlier article this one nearly copies (a wire copy, a light rewrite), else null. */
      duplicateOf: string | null;
    }
  | { status: "duplicate"; articleId: string; existingId: string }
  | { status: "failed"; problem: InputProblem };

const shortHash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 10);

/** normalize -> extract, for one article. Pure: no store, no clock. */
export function analyzeArticle(input: ArticleInput): ArticleAnalysis {
  const byline = typeof input.extra.byline === "string" ? input.extra.byline : null;
  const title = input.title === null ? null : normalizeText(input.title).text || null;
  const { text } = normalizeText(input.text, { byline });
  const sentences = splitSentences(text);
  const mentions = extractMentions(text, sentences);
  const claims = extractClaims(
    { articleId: input.id, title, text, published: input.published, sentences, mentions },
    shortHash(input.id),
  );
  return {
    input,
    text,
    title,
    language: input.language ?? detectLanguage(`${title ?? ""}\n${text}`),
    contentHash: contentFingerprint(title, text),
    signature: signature(text),
    sentences,
    mentions,
    claims,
  };
}

/**
 * How a problem names an article: where it came from, and its title when it has one, since a feed file
 * or a page of several items is one origin for many articles ("news.rss (“Dam breaks upstream”)").
 */
export function itemName(input: Pick<ArticleInput, "origin" | "title">): string {
  const title = input.title?.replace(/\s+/g, " ").trim();
  if (!title) return input.origin;
  return `${input.origin} (“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”)`;
}

/**
 * Ingests one article: analyse, skip if its content is already stored, resolve its entities,
 * place it in a story, and write it all in one transaction.
 */
export async function ingestArticle(deps: PipelineDeps, input: ArticleInput): Promise<IngestOutcome> {
  const analysis = analyzeArticle(input);
  if (analysis.text.trim() === "")
    return { status: "failed", problem: { item: itemName(input), reason: "empty article after cleaning" } };
  const { store } = deps;
  const existing = await store.findArticleIdByHash(analysis.contentHash);
  if (existing !== null) return { status: "duplicate", articleId: input.id, existingId: existing };
  if ((await store.getArticle(input.id)) !== null) {
    return {
      status: "failed",
      problem: { item: itemName(input), reason: `id "${input.id}" is already stored with different content` },
    };
  }
  const placement = await placeInStory(
    store,
    clusterArticle(
      { id: input.id, title: analysis.title, text: analysis.text, published: input.published },
      analysis.mentions,
    ),
    analysis.signature,
  );
  const contextEntityIds = await storyEntityIds(
    store,
    placement.members.map((m) => m.id),
    input.id,
  );
  const resolved = await resolveArticle(store, input.id, analysis.mentions, contextEntityIds);
  const claims = resolveClaimRefs(analysis.claims, resolved.mentions);
  const article: Article = {
    id: input.id,
    title: analysis.title,
    text: analysis.text,
    url: input.url,
    outlet: input.outlet,
    published: input.published,
    language: analysis.language,
    origin: input.origin,
    extra: input.extra,
    contentHash: analysis.contentHash,
    signature: analysis.signature,
    storyId: placement.storyId,
    duplicateOf: placement.duplicateOf,
    casualties: mainToll(analysis.claims),
    ingestedAt: deps.clock().toISOString(),
  };
  const storyArticles = [...placement.members, article];
  const storyClaims = [
    ...(await store.listArticleClaims(
      placement.members.slice(-STORY_TOLL_ARTICLES).map((m) => m.id),
      ["casualty"],
    )),
    ...claims.filter((c) => c.kind === "casualty"),
  ];
  // the same entities the brief reconciles with: those named in the story (and in this article)
  const storyEntities = await store.getEntities([
    ...new Set([...contextEntityIds, ...resolved.upserts.map((u) => u.entity.id)]),
  ]);
  const casualties = storyCasualties(
    reconcileStory({ articles: storyArticles, claims: storyClaims, entities: storyEntities }),
  );
  const story = storyRecord(article.storyId, storyArticles, casualties);
  const stories = [{ story, terms: placement.terms }];
  if (placement.other !== null) stories.push(await storyRow(store, placement.other));
  const written = await store.commitArticle({
    article,
    sentences: analysis.sentences,
    mentions: resolved.mentions,
    claims,
    entities: resolved.upserts,
    stories,
    redirects: placement.redirects,
    moves: placement.moves,
  });
  if (written === "duplicate") return { status: "duplicate", articleId: input.id, existingId: input.id };
  return {
    status: "ingested",
    articleId: article.id,
    storyId: article.storyId,
    duplicateOf: article.duplicateOf,
  };
}

/** What the corrections after a batch changed (see `correctStories`). */
export interface StoryCorrections {
  /** Stories folded into another: the id that went and the story it went into. */
  folds: { from: string; to: string }[];
  /** Articles that changed story when the batch's stories were regrouped. */
  moves: { articleIds: string[]; storyId: string }[];
}

/**
 * The corrections after a batch of articles (a file, a feed poll, an API request), each followed by the
 * store in one transaction: stories that turn out to be fragments of one event, each begun apart and
 * never bridged by a single article, are folded together (`StoryClusterer.linkStories`); then the
 * batch's stories are regrouped as most arrival orders would have them (`StoryClusterer.regroup`).
 */
export async function correctStories(deps: PipelineDeps): Promise<StoryCorrections> {
  const { store } = deps;
  const clusterer = await storyClustererFor(store);
  const folds = clusterer.linkStories();
  if (folds.length > 0) await commitFolds(store, clusterer, folds);
  const regrouping = clusterer.regroup();
  if (regrouping.moves.length > 0) await commitRegrouping(store, clusterer, regrouping);
  return { folds, moves: regrouping.moves };
}

async function commitFolds(
  store: Store,
  clusterer: StoryClusterer,
  folds: readonly { from: string; to: string }[],
): Promise<void> {
  const into = new Map<string, string[]>();
  for (const { from } of folds) {
    const to = clusterer.resolve(from);
    into.set(to, [...(into.get(to) ?? []), from]);
  }
  const stories: StoryProfile[] = [];
  const redirects: { from: string; to: string }[] = [];
  for (const [to, froms] of into) {
    const members = new Map<string, Article>();
    for (const id of [to, ...froms]) for (const a of await store.listStoryArticles(id)) members.set(a.id, a);
    stories.push(
      await storyRow(store, {
        storyId: to,
        members: byIngest(members.values()),
        terms: clusterer.storyTerms(to),
      }),
    );
    redirects.push(...froms.map((from) => ({ from, to })));
  }
  await store.commitStoryFolds({ stories, redirects });
}

/** Writes a regrouping: the stored members of every story it changed, placed where it put them. */
async function commitRegrouping(
  store: Store,
  clusterer: StoryClusterer,
  regrouping: Regrouping,
): Promise<void> {
  const movedTo = new Map(
    regrouping.moves.flatMap((m) => m.articleIds.map((id) => [id, m.storyId] as const)),
  );
  const redirectedTo = new Map(regrouping.redirects.map((r) => [r.from, r.to]));
  const changed = new Set(regrouping.changed);
  const members = new Map<string, Article[]>();
  for (const id of new Set([...changed, ...redirectedTo.keys()]))
    for (const article of await store.listStoryArticles(id)) {
      const storyId = movedTo.get(article.id) ?? redirectedTo.get(article.storyId) ?? article.storyId;
      if (changed.has(storyId)) members.set(storyId, [...(members.get(storyId) ?? []), article]);
    }
  const stories: StoryProfile[] = [];
  for (const [storyId, articles] of members)
    stories.push(
      await storyRow(store, { storyId, members: byIngest(articles), terms: clusterer.storyTerms(storyId) }),
    );
  await store.commitStoryFolds({ stories, redirects: regrouping.redirects, moves: regrouping.moves });
}

function byIngest(articles: Iterable<Article>): Article[] {
  return [...articles].sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt));
}

/**
 * The row of a story whose members changed other than by a new article (the other side of a split, or
 * stories folded together): its members' toll reconciled again, as for any story.
 */
async function storyRow(
  store: Store,
  other: { storyId: string; members: Article[]; terms: Map<string, number> },
) {
  const ids = other.members.map((m) => m.id);
  const claims = await store.listArticleClaims(ids.slice(-STORY_TOLL_ARTICLES), ["casualty"]);
  const entities = await store.getEntities(await storyEntityIds(store, ids, ""));
  const casualties = storyCasualties(reconcileStory({ articles: other.members, claims, entities }));
  return { story: storyRecord(other.storyId, other.members, casualties), terms: other.terms };
}

/** Entities named in the story's latest articles: where a bare surname may find its person. */
async function storyEntityIds(store: Store, articleIds: string[], self: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const id of articleIds.filter((a) => a !== self).slice(-STORY_CONTEXT_ARTICLES)) {
    const analysis = await store.getArticleAnalysis(id);
    for (const m of analysis?.mentions ?? []) if (m.entityId) ids.add(m.entityId);
  }
  return [...ids];
}
const STORY_CONTEXT_ARTICLES = 20;
/** The stored story toll is reconciled over the latest articles only, so ingest cost stays bounded. */
const STORY_TOLL_ARTICLES = 200;

/** Loads a story and everything its brief needs, and builds the brief (reconcile -> brief). */
export async function briefForStory(deps: PipelineDeps, storyId: string): Promise<Brief | null> {
  const { store } = deps;
  const id = await store.resolveStoryId(storyId);
  const story = id === null ? null : await store.getStory(id);
  if (!story) return null;
  const articles = await store.listStoryArticles(story.id);
  const claims: Claim[] = [];
  const sentences: Record<string, Sentence[]> = {};
  const entityIds = new Set<string>();
  for (const article of articles) {
    const analysis = await store.getArticleAnalysis(article.id);
    if (!analysis) continue;
    claims.push(...analysis.claims);
    sentences[article.id] = analysis.sentences;
    for (const m of analysis.mentions) if (m.entityId) entityIds.add(m.entityId);
  }
  const entities = await store.getEntities([...entityIds], story.articleIds);
  return buildBrief({ story, articles, claims, entities, sentences, now: deps.clock() });
}

/** The whole store as the export JSON of CONTRACT.md. */
export async function exportStore(deps: PipelineDeps): Promise<ExportDocument> {
  const { store } = deps;
  const stories = await store.listStories();
  const briefs: Brief[] = [];
  for (const story of stories) {
    const brief = await briefForStory(deps, story.id);
    if (brief) briefs.push(brief);
  }
  return buildExportDocument(await store.listArticles(), briefs, await store.listEntities());
}
