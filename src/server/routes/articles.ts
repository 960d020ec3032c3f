import { createHash } from "node:crypto";
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { ArticleInput, InputProblem } from "../../model/index.js";
import { articleFromRecord } from "../../sources/files/index.js";
import type { ServerBackend } from "../backend.js";
import { ErrorSchema, errorResponse } from "../errors.js";
import { ArticlePostSchema, ArticleSchema, IngestReportSchema } from "../schemas/article.js";
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

/** Maps posted records with the same reader as JSON files; a record it refuses becomes a problem. */
function readRecords(records: unknown[]): { inputs: ArticleInput[]; problems: InputProblem[] } {
  const inputs: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  records.forEach((record, index) => {
    const fallbackId = `post-${createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 16)}`;
    const id = (record as { id?: unknown }).id;
    const origin = `POST /api/articles[${index}]${id === undefined ? "" : ` (id ${String(id)})`}`;
    const result = articleFromRecord(record, origin, fallbackId);
    if (result.ok) inputs.push(result.input);
    else problems.push({ item: origin, reason: result.reason });
  });
  return { inputs, problems };
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
    const { inputs, problems } = readRecords(Array.isArray(body) ? body : [body]);
    const report = await backend.ingest(inputs);
    return c.json({ ...report, problems: [...problems, ...report.problems] }, 201);
  });
}
