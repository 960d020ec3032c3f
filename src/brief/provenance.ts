import type { Article } from "../model/article.js";
import type { SourceLink } from "../model/brief.js";
import type { Claim } from "../model/claim.js";
import type { Entity } from "../model/entity.js";
import { originalSourceOf, outletOf } from "../reconcile/original-source.js";

/** For each article, the original sources it relays: entity ids, else names, else its own outlet. */
export function buildProvenance(
  articles: readonly Pick<Article, "id" | "outlet">[],
  claims: readonly Claim[],
  entities: readonly Entity[],
): SourceLink[] {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return articles.map((article) => {
    const sources = new Set<string>();
    for (const claim of claims) {
      if (claim.articleId !== article.id || claim.kind === "date") continue;
      const source = originalSourceOf(claim, article, entityById);
      sources.add(source.entityId ?? source.name);
    }
    return { outlet: outletOf(article), articleId: article.id, sources: [...sources] };
  });
}
