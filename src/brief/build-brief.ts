import { splitSentences } from "../extract/sentences/split-sentences.js";
import type { Article, Sentence } from "../model/article.js";
import type { Brief, BriefArticle } from "../model/brief.js";
import type { Claim, QuoteClaim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import type { Story } from "../model/story.js";
import { creditMinisters } from "../reconcile/credit-ministers.js";
import { creditRepeatedFigures } from "../reconcile/credit-repeated-figures.js";
import { fillEntityIds } from "../reconcile/fill-entity-ids.js";
import { reconcileStory } from "../reconcile/reconcile-story.js";
import { RECONCILE_RULE } from "../reconcile/rule.js";
import { storyCasualties } from "../reconcile/story-casualties.js";
import { articleTitle, leadOf } from "./article-names.js";
import { buildCoverage } from "./coverage.js";
import { buildPlaces } from "./places.js";
import { buildProvenance } from "./provenance.js";
import { buildSummary } from "./summary.js";
import { supersededClaimIds } from "./superseded-claims.js";
import { buildTimeline } from "./timeline.js";

export interface BriefInput {
  story: Pick<Story, "id" | "title" | "articleIds">;
  /** Articles of the story (others are ignored). */
  articles: readonly Article[];
  /** Claims of any articles; those of the story's articles are used. */
  claims: readonly Claim[];
  /** Entities of any articles; those named in the story's articles are used. */
  entities: readonly Entity[];
  /** Sentences per article id, when the extractor kept them; otherwise the text is split here. */
  sentences?: Readonly<Record<string, Sentence[]>>;
  now: Date;
}

const briefArticleOf = (a: Article, sentences: readonly Sentence[] | undefined): BriefArticle => ({
  id: a.id,
  title: a.title,
  lead: a.title ? null : leadOf((sentences ?? splitSentences(a.text))[0]?.text),
  outlet: a.outlet,
  url: a.url,
  published: a.published,
  duplicateOf: a.duplicateOf,
  casualties: a.casualties,
});

/** One sourced page for a story: findings, summary, timeline, places, provenance and coverage. */
export function buildBrief({ story, articles, claims, entities, sentences = {}, now }: BriefInput): Brief {
  const order = new Map(story.articleIds.map((id, i) => [id, i]));
  const storyArticles = articles
    .filter((a) => order.has(a.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const storyEntities = entities.filter((e) => e.articleIds.some((id) => order.has(id)));
  // a minister or spokesperson speaking for a body the story gives as a source is that body, in the
  // brief's sources as in its findings
  const storyClaims = creditRepeatedFigures(
    creditMinisters(
      fillEntityIds(
        claims.filter((c) => order.has(c.articleId)),
        storyEntities,
      ),
      new Map(storyEntities.map((e) => [e.id, e])),
    ),
  );
  const briefArticles = storyArticles.map((a) => briefArticleOf(a, sentences[a.id]));
  // a report with no outlet is named by its title or opening words, not its file name
  const named = storyArticles.map((a, i) => ({ ...a, name: articleTitle(briefArticles[i]!) }));
  const findings = reconcileStory({ articles: named, claims: storyClaims, entities: storyEntities });
  return {
    version: 1,
    storyId: story.id,
    title: story.title,
    generatedAt: now.toISOString(),
    articles: briefArticles,
    casualties: storyCasualties(findings),
    summary: buildSummary(storyArticles, storyClaims, findings, sentences),
    findings,
    rule: RECONCILE_RULE,
    entities: storyEntities,
    claims: storyClaims,
    quotes: storyClaims.filter((c): c is QuoteClaim => c.kind === "quote"),
    timeline: buildTimeline(
      storyClaims,
      storyArticles.map((a) => a.published),
      new Map(storyArticles.map((a) => [a.id, a.published])),
    ),
    places: buildPlaces(storyClaims, storyEntities, supersededClaimIds(findings), storyArticles),
    provenance: buildProvenance(storyArticles, storyClaims, storyEntities),
    coverage: buildCoverage(storyArticles, storyClaims, storyEntities, findings),
  };
}
