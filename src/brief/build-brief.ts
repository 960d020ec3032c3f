import type {
  Article,
  Brief,
  CasualtyClaim,
  Claim,
  Entity,
  Finding,
  FindingValue,
  QuoteClaim,
  Story,
} from "../model/index.js";

export interface BriefInput {
  story: Story;
  articles: Article[];
  claims: Claim[];
  entities: Entity[];
  now: Date;
}

export const FIRST_RULE =
  "First version: figures grouped by outcome and group; verdict 'single' for one value, 'agree' when all values are equal, else 'conflict'; best is the largest figure.";

function findingsOf(claims: Claim[], articles: Map<string, Article>): Finding[] {
  const byTopic = new Map<string, CasualtyClaim[]>();
  for (const c of claims) {
    if (c.kind !== "casualty" || c.background) continue;
    const topic = `${c.outcome}:${c.group}`;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), c]);
  }
  return [...byTopic.entries()].map(([topic, list]) => {
    const values: FindingValue[] = list.map((c) => ({
      claimId: c.id,
      articleId: c.articleId,
      count: c.count,
      countMax: c.countMax,
      qualifier: c.qualifier,
      source: c.source?.entityId ?? null,
      sourceName: c.source?.text ?? articles.get(c.articleId)?.outlet ?? c.articleId,
      outlet: articles.get(c.articleId)?.outlet ?? null,
      date: c.eventDate,
    }));
    const counts = new Set(values.map((v) => v.count));
    const top = list.reduce((a, b) => (b.count > a.count ? b : a));
    const low = list.reduce((a, b) => (b.count < a.count ? b : a));
    return {
      topic,
      verdict: list.length === 1 ? "single" : counts.size === 1 ? "agree" : "conflict",
      best: { count: top.count, qualifier: top.qualifier },
      conservative: { count: low.count, qualifier: low.qualifier },
      independentSources: new Set(values.map((v) => v.source ?? v.sourceName)).size,
      outlets: new Set(values.map((v) => v.articleId)).size,
      values,
      explanation: `${values.length} value(s) from ${new Set(values.map((v) => v.articleId)).size} article(s).`,
    };
  });
}

/** First version of the brief: articles, entities, figures and quotes, each with its articles. */
export function buildBrief(input: BriefInput): Brief {
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  const findings = findingsOf(input.claims, byId);
  const killed = findings.find((f) => f.topic === "killed:all")?.best?.count ?? null;
  const injured = findings.find((f) => f.topic === "injured:all")?.best?.count ?? null;
  return {
    version: 1,
    storyId: input.story.id,
    title: input.story.title,
    generatedAt: input.now.toISOString(),
    articles: input.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      duplicateOf: a.duplicateOf,
      casualties: a.casualties,
    })),
    casualties: { killed, injured },
    summary: [],
    findings,
    rule: FIRST_RULE,
    entities: input.entities,
    claims: input.claims,
    quotes: input.claims.filter((c): c is QuoteClaim => c.kind === "quote"),
    timeline: [],
    places: [],
    provenance: [],
    coverage: { facts: [], perArticle: [] },
  };
}
