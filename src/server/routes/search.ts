import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { ServerBackend } from "../backend.js";
import { ErrorSchema } from "../errors.js";
import { ArticleHitSchema } from "../schemas/article.js";
import { jsonContent as json } from "../schemas/json-content.js";
import { StorySchema } from "../schemas/story.js";

const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(500).openapi({ example: "airstrike" }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const SearchResultSchema = z
  .object({ query: z.string(), articles: z.array(ArticleHitSchema), stories: z.array(StorySchema) })
  .openapi("SearchResult");

const search = createRoute({
  method: "get",
  path: "/api/search",
  summary: "Full-text search over articles, with the stories of the matches",
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResultSchema, "Matches, best first"), 400: json(ErrorSchema, "Bad query") },
});

export function registerSearchRoutes(app: OpenAPIHono, backend: ServerBackend): void {
  app.openapi(search, async (c) => {
    const { q, limit } = c.req.valid("query");
    const result = await backend.search(q, limit);
    return c.json({ query: q, ...result }, 200);
  });
}
