import type { Article } from "../model/article.js";
import type { SourceLink } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { originalSourceOf, outletOf, reportingArticle } from "../reconcile/original-source.js";

/**
 * For each article, the original sources it relays: entity ids, else names, else its own outlet
 * (a near-duplicate's own reporting is the copied article's outlet).
 */
export function buildProvenance(
  articles: readonly Pick<Article, "id" | "outlet" | "duplicateOf">[],
  claims: readonly Claim[],
  entities: readonly Entity[],
): SourceLink[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  return articles.map((article) => {
    const reporter = reportingArticle(article, articleById);
    const sources = new Set<string>();
    for (const claim of claims) {
      if (claim.articleId !== article.id || claim.kind === "date") continue;
      const source = originalSourceOf(claim, reporter, entityById);
      sources.add(source.entityId ?? source.name);
    }
    return { outlet: outletOf(article), articleId: article.id, sources: [...sources] };
  });
}
