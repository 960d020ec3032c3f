import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { storyClustererFor } from "../../src/cluster/index.js";
import { correctStories, exportStore, ingestArticle, type PipelineDeps } from "../../src/pipeline.js";
import { readPaths } from "../../src/sources/files/index.js";
import { SqliteStore } from "../../src/store/index.js";

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const QUAKE = /bosphorus|global-report|andes|pacific/;

describe("regrouping stories after a batch", () => {
  it("writes a regrouping to the store: a wrong merge undone, old ids resolvable, rows matching articles", async () => {
    const store = new SqliteStore(join(await mkdtemp(join(tmpdir(), "cc-regroup-")), "regroup.db"));
    const deps: PipelineDeps = { store, clock: () => new Date("2026-01-01T00:00:00Z") };
    const ids: string[] = [];
    for await (const item of readPaths([join(examples, "earthquakes"), join(examples, "unrelated")])) {
      if (item.kind !== "article") continue;
      const outcome = await ingestArticle(deps, item.input);
      if (outcome.status === "ingested") ids.push(outcome.articleId);
    }
    const storyOf = async () => new Map((await exportStore(deps)).articles.map((a) => [a.id, a.storyId]));
    const placed = await storyOf();
    const quakes = [...new Set(ids.filter((id) => QUAKE.test(id)).map((id) => placed.get(id)!))];
    expect(quakes).toHaveLength(2);

    // another process folded the two earthquakes into one story, in the store and in this clusterer
    const [gone, kept] = quakes as [string, string];
    await store.commitStoryFolds({ stories: [], redirects: [{ from: gone, to: kept }] });
    (await storyClustererFor(store)).followMerge(gone, kept);
    expect((await store.getStory(kept))?.articleIds).toHaveLength(4);

    const { moves } = await correctStories(deps);
    expect(moves).toHaveLength(1);
    const after = await storyOf();
    const quakeStories = new Set(ids.filter((id) => QUAKE.test(id)).map((id) => after.get(id)));
    expect(quakeStories.size).toBe(2);
    // the other stories are as they were
    for (const id of ids.filter((id) => !QUAKE.test(id))) expect(after.get(id)).toBe(placed.get(id));
    // every id ever given resolves to a stored story, and each article's story holds it
    for (const id of ids) {
      const live = await store.resolveStoryId(placed.get(id)!);
      expect(live).not.toBeNull();
      expect((await store.getStory(after.get(id)!))?.articleIds).toContain(id);
    }
    // the stored rows agree with the articles: sizes add up, no story is empty, dates come from members
    const stories = await store.listStories();
    expect(stories.reduce((n, s) => n + s.articleIds.length, 0)).toBe(ids.length);
    for (const story of stories) expect(story.articleIds.length).toBeGreaterThan(0);
    for (const storyId of quakeStories) expect((await store.getStory(storyId!))?.articleIds).toHaveLength(2);
    // nothing new since: the next correction changes nothing
    expect(await correctStories(deps)).toEqual({ folds: [], moves: [] });
    await store.close();
  });
});
