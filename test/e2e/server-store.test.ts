import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postArticles, quakeArticles, type StoreServer, startStoreServer } from "./server-store-fixture.js";

// The API over the real SQLite store and pipeline, on 127.0.0.1 with a write token configured.
const token = "s3cret-token";
let app: StoreServer;
const get = async (path: string) => {
  const response = await fetch(app.server.url + path);
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  app = await startStoreServer({ writeToken: token });
});
afterAll(() => app.dispose());

describe("POST /api/articles then reads, over the SQLite store", () => {
  it("refuses a write without the token and stores nothing", async () => {
    expect((await postArticles(app.server, quakeArticles[0])).status).toBe(401);
    expect((await postArticles(app.server, quakeArticles[0], "wrong")).status).toBe(401);
    expect((await get("/api/stories")).body.total).toBe(0);
    expect((await get("/api/search?q=earthquake")).body.articles).toEqual([]);
  });

  it("ingests with the token, and re-posting the same content changes nothing", async () => {
    const first = await postArticles(app.server, quakeArticles, token);
    expect(first).toMatchObject({ status: 201, body: { ingested: ["quake-1", "quake-2"], unchanged: [] } });
    const again = await postArticles(app.server, quakeArticles[1], token);
    expect(again.body).toMatchObject({ ingested: [], unchanged: ["quake-2"], problems: [] });
  });

  it("reports a bad record in a batch and stores the rest", async () => {
    const batch = [
      { id: "blank", text: "   " },
      { ...quakeArticles[0], id: "quake-3", text: `${quakeArticles[0]!.text} Schools stayed shut.` },
    ];
    const res = await postArticles(app.server, batch, token);
    expect(res.body.ingested).toEqual(["quake-3"]);
    expect(res.body.problems).toHaveLength(1);
    expect(res.body.problems[0].item).toContain("blank");
  });

  it("finds the new articles by full-text search, with their stories", async () => {
    const res = await get("/api/search?q=aftershocks%20tents");
    expect(res.body.articles.map((a: { id: string }) => a.id)).toEqual(["quake-2"]);
    expect(res.body.articles[0]).toMatchObject({ outlet: "Valley Wire", published: "2024-03-05" });
    expect(res.body.stories.map((s: { id: string }) => s.id)).toEqual([res.body.articles[0].storyId]);
    expect((await get("/api/search?q=%22unbalanced%20(AND")).status).toBe(200);
  });

  it("lists stories newest first with size, dates and toll, and serves story, brief and article", async () => {
    const list = await get("/api/stories?limit=10");
    const sizes = list.body.stories.map((s: { size: number }) => s.size);
    expect(sizes.reduce((a: number, b: number) => a + b, 0)).toBe(3);
    const story = list.body.stories.find((s: { articleIds: string[] }) => s.articleIds.includes("quake-2"));
    expect(story.firstDate.slice(0, 10) <= story.lastDate.slice(0, 10)).toBe(true);
    expect(story.casualties.killed).toBeGreaterThanOrEqual(18);

    expect((await get(`/api/stories/${story.id}`)).body.id).toBe(story.id);
    const brief = (await get(`/api/stories/${story.id}/brief`)).body;
    expect(brief).toMatchObject({ version: 1, storyId: story.id });
    expect(brief.articles.map((a: { id: string }) => a.id).sort()).toEqual([...story.articleIds].sort());
    const article = (await get("/api/articles/quake-2")).body;
    expect(article).toMatchObject({ id: "quake-2", outlet: "Valley Wire", storyId: story.id });
    expect(article.text).toContain("Aftershocks");
  });

  it("resolves a story id that was merged into another story", async () => {
    const quake2 = (await get("/api/articles/quake-2")).body;
    const story = await app.store.getStory(quake2.storyId);
    const probe = { ...quake2, id: "merge-probe", contentHash: "merge-probe", storyId: quake2.storyId };
    await app.store.commitArticle({
      article: probe,
      sentences: [],
      mentions: [],
      claims: [],
      entities: [],
      stories: [{ story: { ...story!, articleIds: [...story!.articleIds, probe.id] }, terms: new Map() }],
      redirects: [{ from: "s-merged-away", to: quake2.storyId }],
    });
    expect((await get("/api/stories/s-merged-away")).body.id).toBe(quake2.storyId);
    expect((await get("/api/stories/s-merged-away/brief")).body.storyId).toBe(quake2.storyId);
    expect((await get("/api/stories/s-never-existed")).status).toBe(404);
  });
});
