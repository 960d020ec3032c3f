import { z } from "@hono/zod-openapi";

export const CasualtyCountsSchema = z
  .object({ killed: z.number().int().nullable(), injured: z.number().int().nullable() })
  .openapi("CasualtyCounts", { description: "Killed / injured; null means not stated." });

export const StorySchema = z
  .object({
    id: z.string().openapi({ example: "s-3f2a9c" }),
    title: z.string(),
    articleIds: z.array(z.string()),
    firstDate: z.string().nullable().openapi({ description: "Earliest publication date (ISO)" }),
    lastDate: z.string().nullable().openapi({ description: "Latest publication date (ISO)" }),
    casualties: CasualtyCountsSchema.openapi({ description: "Reconciled toll of the story" }),
  })
  .openapi("Story");

export const StoryListItemSchema = StorySchema.extend({
  size: z.number().int().openapi({ description: "Number of articles" }),
}).openapi("StoryListItem");

export const StoryListSchema = z
  .object({
    stories: z.array(StoryListItemSchema),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    nextOffset: z.number().int().nullable().openapi({ description: "Offset of the next page, or null" }),
  })
  .openapi("StoryList");

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0).openapi({ example: 0 }),
});

export const IdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(2048)
    .openapi({ param: { name: "id", in: "path" }, example: "s-3f2a9c" }),
});
