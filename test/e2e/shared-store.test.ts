import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/model/index.js";
import { ingestArticle, type PipelineDeps } from "../../src/pipeline.js";
import { readPaths } from "../../src/sources/files/index.js";
import { SqliteStore } from "../../src/store/index.js";

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));

async function readOne(path: string): Promise<ArticleInput> {
  for await (const item of readPaths([join(examples, path)])) if (item.kind === "article") return item.input;
  throw new Error(`no article in ${path}`);
}

describe("two processes on one database", () => {
  it("a long-lived process places new articles with what another process stored meanwhile", async () => {
    const db = join(await mkdtemp(join(tmpdir(), "cc-shared-")), "shared.db");
    const server: PipelineDeps = { store: new SqliteStore(db), clock: () => new Date() };
    const follower: PipelineDeps = { store: new SqliteStore(db), clock: () => new Date() };
    // the long-lived process has already placed an unrelated article (its clusterer is built)
    await ingestArticle(server, await readOne("unrelated/11-harbour-city-gazette.md"));
    // another process stores the first report of a quake...
    const first = await ingestArticle(follower, await readOne("earthquakes/07-bosphorus-herald.md"));
    // ...and the long-lived process then receives a second report of the same quake
    const second = await ingestArticle(server, await readOne("earthquakes/08-global-report-wire.md"));
    expect(first.status).toBe("ingested");
    expect(second.status).toBe("ingested");
    if (first.status !== "ingested" || second.status !== "ingested") return;
    expect(second.storyId).toBe(first.storyId);
    expect((await server.store.getStory(first.storyId))?.articleIds).toHaveLength(2);
    await server.store.close();
    await follower.store.close();
  });

  it("a process that still knows a story another process merged away writes into the story that took it", async () => {
    const db = join(await mkdtemp(join(tmpdir(), "cc-shared-")), "shared.db");
    const server: PipelineDeps = { store: new SqliteStore(db), clock: () => new Date() };
    const follower: PipelineDeps = { store: new SqliteStore(db), clock: () => new Date() };
    const harbour = await ingestArticle(server, await readOne("unrelated/11-harbour-city-gazette.md"));
    const quake = await ingestArticle(follower, await readOne("earthquakes/07-bosphorus-herald.md"));
    if (harbour.status !== "ingested" || quake.status !== "ingested") throw new Error("not ingested");
    // the long-lived process catches up (it now knows the quake's story)...
    await ingestArticle(server, await readOne("unrelated/13-market-ledger.md"));
    // ...then the other process folds the quake's story into the harbour story (as a merge would)
    const bridge = (await follower.store.getArticle(quake.articleId))!;
    await follower.store.commitArticle({
      article: { ...bridge, id: "bridge", contentHash: "bridge", storyId: harbour.storyId },
      sentences: [],
      mentions: [],
      claims: [],
      entities: [],
      stories: [{ story: (await follower.store.getStory(harbour.storyId))!, terms: new Map() }],
      redirects: [{ from: quake.storyId, to: harbour.storyId }],
    });
    // the long-lived process places a second report of the quake in the story it knew
    const second = await ingestArticle(server, await readOne("earthquakes/08-global-report-wire.md"));
    if (second.status !== "ingested") throw new Error("not ingested");
    expect(second.storyId).toBe(harbour.storyId);
    expect((await server.store.getArticle(second.articleId))?.storyId).toBe(harbour.storyId);
    expect(await server.store.resolveStoryId(quake.storyId)).toBe(harbour.storyId);
    expect((await server.store.listStories()).map((s) => s.id)).not.toContain(quake.storyId);
    const merged = (await server.store.getStory(harbour.storyId))?.articleIds;
    expect(merged).toEqual(expect.arrayContaining([quake.articleId, "bridge", second.articleId]));
    await server.store.close();
    await follower.store.close();
  });
});
