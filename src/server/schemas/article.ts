import { z } from "@hono/zod-openapi";
import { CasualtyCountsSchema } from "./story.js";

export const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    text: z.string().openapi({ description: "Normalized text; every claim offset refers to it" }),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string(),
    storyId: z.string(),
    duplicateOf: z.string().nullable(),
    casualties: CasualtyCountsSchema,
    ingestedAt: z.string(),
  })
  .openapi("Article");

const text = z.string().max(2_000_000).nullish();
const date = z.union([z.string().max(64), z.number()]).nullish();
const name = z.union([z.string().max(512), z.looseObject({ name: z.string().max(512) })]).nullish();

/**
 * One article as posted: the JSON fields of CONTRACT.md, typed loosely as in files (unknown fields are
 * kept). A record without text is not a 400: it comes back in `problems` while the rest is stored.
 */
export const ArticleBodySchema = z
  .looseObject({
    id: z.union([z.string().min(1).max(2048), z.number()]).optional(),
    title: z.string().max(10_000).nullish(),
    text,
    content: text,
    body: text,
    url: z.string().max(2048).nullish(),
    outlet: name,
    source: name,
    published: date,
    date,
    dct: date,
    language: z.string().max(16).nullish(),
  })
  .openapi("ArticleBody");

export const ArticlePostSchema = z
  .union([ArticleBodySchema, z.array(ArticleBodySchema).min(1).max(1000)])
  .openapi("ArticlePost");

export const IngestReportSchema = z
  .object({
    ingested: z.array(z.string()),
    unchanged: z.array(z.string()),
    problems: z.array(z.object({ item: z.string(), reason: z.string() })),
  })
  .openapi("IngestReport");

export const ArticleHitSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    storyId: z.string(),
    snippet: z.string().openapi({ description: "Text around the match; hits between \\u0002 and \\u0003" }),
  })
  .openapi("ArticleHit");
