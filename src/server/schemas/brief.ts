import { z } from "@hono/zod-openapi";
import { CasualtyCountsSchema } from "./story.js";

const qualifier = z.enum(["exact", "at-least", "more-than", "about", "at-most", "range"]);
const figure = z.object({ count: z.number(), qualifier }).nullable();
const articleIds = z.array(z.string());

const FindingSchema = z
  .object({
    topic: z.string().openapi({ example: "killed:all" }),
    verdict: z.enum(["agree", "conflict", "update", "single"]),
    best: figure,
    conservative: figure,
    independentSources: z.number().int(),
    outlets: z.number().int(),
    explanation: z.string(),
    values: z.array(
      z.object({
        claimId: z.string(),
        articleId: z.string(),
        count: z
          .number()
          .nullable()
          .openapi({ description: "null for values without a figure (control, attack)" }),
        countMax: z.number().nullable(),
        qualifier: qualifier.nullable(),
        label: z.string().optional().openapi({ description: "The value in words" }),
        source: z.string().nullable(),
        sourceName: z.string(),
        ownReporting: z
          .boolean()
          .optional()
          .openapi({ description: "No source credited: the outlet's or the report's own reporting" }),
        outlet: z.string().nullable(),
        date: z.string().nullable(),
      }),
    ),
  })
  .openapi("Finding");

const ClaimSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    kind: z.enum(["casualty", "control", "attack", "quote", "date"]),
    sentence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    background: z.boolean(),
  })
  .openapi("Claim", { description: "Common claim fields; each kind adds its own (see the export JSON)." });

const EntitySchema = z
  .object({
    id: z.string(),
    type: z.enum(["person", "organization", "place", "other"]),
    name: z.string(),
    aliases: z.array(z.string()),
    articleIds,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .openapi("Entity");

export const BriefSchema = z
  .object({
    version: z.literal(1),
    storyId: z.string(),
    title: z.string(),
    generatedAt: z.string(),
    articles: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        lead: z.string().nullable(),
        outlet: z.string().nullable(),
        url: z.string().nullable(),
        published: z.string().nullable(),
        duplicateOf: z.string().nullable(),
        casualties: CasualtyCountsSchema,
      }),
    ),
    casualties: CasualtyCountsSchema,
    summary: z.array(
      z.object({ text: z.string(), articleId: z.string(), start: z.number(), end: z.number() }),
    ),
    findings: z.array(FindingSchema),
    rule: z.string(),
    entities: z.array(EntitySchema),
    claims: z.array(ClaimSchema),
    quotes: z.array(ClaimSchema),
    timeline: z.array(z.object({ date: z.string(), text: z.string(), articleIds })),
    places: z.array(
      z.object({
        entityId: z.string(),
        name: z.string(),
        lat: z.number(),
        lon: z.number(),
        scope: z.enum(["country", "local"]).openapi({
          description:
            "country: a whole country, placed at its capital (not where anything happened); local: a town or other point",
        }),
        events: z.array(z.object({ text: z.string(), articleIds })),
      }),
    ),
    provenance: z.array(
      z.object({ outlet: z.string(), articleId: z.string(), sources: z.array(z.string()) }),
    ),
    coverage: z.object({
      facts: z.array(z.object({ key: z.string(), label: z.string(), articleIds })),
      perArticle: z.array(
        z.object({ articleId: z.string(), exclusive: z.array(z.string()), missing: z.array(z.string()) }),
      ),
    }),
  })
  .openapi("Brief");
