import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { ArticleInput } from "../../model/index.js";
import type { ServerBackend } from "../backend.js";
import { ErrorSchema, errorResponse } from "../errors.js";
import {
  type ArticleBodySchema,
  ArticlePostSchema,
  ArticleSchema,
  IngestReportSchema,
} from "../schemas/article.js";
import { jsonContent as json } from "../schemas/json-content.js";
import { IdParamSchema } from "../schemas/story.js";

const getArticle = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  summary: "One stored article with its normalized text",
  request: { params: IdParamSchema },
  responses: { 200: json(ArticleSchema, "The article"), 404: json(ErrorSchema, "No such article") },
});

const postArticles = createRoute({
  method: "post",
  path: "/api/articles",
  summary: "Ingest one article or an array through the whole pipeline",
  security: [{ bearer: [] }],
  request: {
    body: { ...json(ArticlePostSchema, "Article(s), JSON fields as in the export"), required: true },
  },
  responses: {
    201: json(IngestReportSchema, "What was stored, what was already there, what was refused"),
    400: json(ErrorSchema, "Invalid body"),
    401: json(ErrorSchema, "Token missing or wrong"),
    403: json(ErrorSchema, "Write from a non-loopback client without a configured token"),
    413: json(ErrorSchema, "Body too large"),
  },
});

type ArticleBody = z.infer<typeof ArticleBodySchema>;
const known = new Set(["id", "title", "text", "content", "body", "url", "outlet", "source"]);
for (const key of ["published", "date", "dct", "language"]) known.add(key);

/** Maps a posted record to the pipeline's input, keeping unknown fields in `extra`. */
export function articleInputFromBody(body: ArticleBody): ArticleInput {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) if (!known.has(key)) extra[key] = value;
  return {
    id: body.id,
    title: body.title ?? null,
    text: body.text ?? body.content ?? body.body ?? "",
    url: body.url ?? null,
    outlet: body.outlet ?? body.source ?? null,
    published: body.published ?? body.date ?? body.dct ?? null,
    language: body.language ?? null,
    origin: `POST /api/articles#${body.id}`,
    extra,
  };
}

export function registerArticleRoutes(app: OpenAPIHono, backend: ServerBackend): void {
  app.openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const article = await backend.getArticle(id);
    if (!article) return errorResponse(c, 404, "not_found", `no article with id ${id}`);
    return c.json(article, 200);
  });

  app.openapi(postArticles, async (c) => {
    const body = c.req.valid("json");
    const records = Array.isArray(body) ? body : [body];
    const report = await backend.ingest(records.map(articleInputFromBody));
    return c.json(report, 201);
  });
}
