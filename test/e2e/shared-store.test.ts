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
});
