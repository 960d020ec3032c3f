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

const text = z.string().max(2_000_000);
const optionalText = text.nullish();

/** One article as posted: the JSON fields of CONTRACT.md; unknown fields are kept. */
export const ArticleBodySchema = z
  .looseObject({
    id: z.string().min(1).max(2048),
    title: optionalText,
    text: optionalText,
    content: optionalText,
    body: optionalText,
    url: z.string().max(2048).nullish(),
    outlet: z.string().max(512).nullish(),
    source: z.string().max(512).nullish(),
    published: z.string().max(64).nullish(),
    date: z.string().max(64).nullish(),
    dct: z.string().max(64).nullish(),
    language: z.string().max(16).nullish(),
  })
  .refine((a) => Boolean(a.text ?? a.content ?? a.body), { message: "text (or content/body) is required" })
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
