import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { ServerBackend } from "../backend.js";
import { ErrorSchema, errorResponse } from "../errors.js";
import { BriefSchema } from "../schemas/brief.js";
import { jsonContent as json } from "../schemas/json-content.js";
import { IdParamSchema, PageQuerySchema, StoryListSchema, StorySchema } from "../schemas/story.js";

const notFound = json(ErrorSchema, "No such story");

const listStories = createRoute({
  method: "get",
  path: "/api/stories",
  summary: "Stories, newest first, with size, date range and reconciled toll",
  request: { query: PageQuerySchema },
  responses: { 200: json(StoryListSchema, "One page of stories"), 400: json(ErrorSchema, "Bad query") },
});

const getStory = createRoute({
  method: "get",
  path: "/api/stories/{id}",
  summary: "One story (an id merged into another story resolves to it)",
  request: { params: IdParamSchema },
  responses: { 200: json(StorySchema, "The story"), 404: notFound },
});

const getBrief = createRoute({
  method: "get",
  path: "/api/stories/{id}/brief",
  summary: "The brief of a story as JSON",
  request: { params: IdParamSchema },
  responses: { 200: json(BriefSchema, "The brief"), 404: notFound },
});

export function registerStoryRoutes(app: OpenAPIHono, backend: ServerBackend): void {
  app.openapi(listStories, async (c) => {
    const { limit, offset } = c.req.valid("query");
    const page = await backend.listStories({ offset, limit });
    const stories = page.stories.map((story) => ({ ...story, size: story.articleIds.length }));
    const next = offset + stories.length;
    return c.json(
      { stories, total: page.total, offset, limit, nextOffset: next < page.total ? next : null },
      200,
    );
  });

  app.openapi(getStory, async (c) => {
    const { id } = c.req.valid("param");
    const story = await backend.getStory(id);
    if (!story) return errorResponse(c, 404, "not_found", `no story with id ${id}`);
    return c.json(story, 200);
  });

  app.openapi(getBrief, async (c) => {
    const { id } = c.req.valid("param");
    const brief = await backend.getBrief(id);
    if (!brief) return errorResponse(c, 404, "not_found", `no story with id ${id}`);
    return c.json(brief, 200);
  });
}
