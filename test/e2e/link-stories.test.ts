import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { correctStories, exportStore, ingestArticle, type PipelineDeps } from "../../src/pipeline.js";
import { readPaths } from "../../src/sources/files/index.js";
import { SqliteStore } from "../../src/store/index.js";

// every report starts a story of its own (no joins, merges or rejoins), so only linking brings any together
// (regrouping, the correction after linking, is off: it has a test of its own)
vi.mock("../../src/cluster/settings.js", async (original) => {
  const actual = await original<typeof import("../../src/cluster/settings.js")>();
  return {
    CLUSTER_SETTINGS: {
      ...actual.CLUSTER_SETTINGS,
      joinThreshold: 99,
      rejoinThreshold: 99,
      mergeThreshold: 99,
      linkThreshold: -2.5,
      regroupOrders: 1,
    },
  };
});

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));

describe("linking stories after a batch", () => {
  it("folds each event's fragments in the store, redirects their ids and writes the story rows again", async () => {
    const store = new SqliteStore(join(await mkdtemp(join(tmpdir(), "cc-link-")), "link.db"));
    const deps: PipelineDeps = { store, clock: () => new Date("2026-01-01T00:00:00Z") };
    const placed = new Map<string, string>();
    for await (const item of readPaths([join(examples, "earthquakes"), join(examples, "unrelated")])) {
      if (item.kind !== "article") continue;
      const outcome = await ingestArticle(deps, item.input);
      if (outcome.status === "ingested") placed.set(outcome.articleId, outcome.storyId);
    }
    expect(await store.countStories()).toBe(placed.size);

    const { folds, moves } = await correctStories(deps);
    expect(moves).toEqual([]);
    expect(folds.length).toBeGreaterThan(0);
    const exported = await exportStore(deps);
    const storyOf = new Map(exported.articles.map((a) => [a.id, a.storyId]));
    // every folded id resolves to a stored story holding the articles first placed under it
    for (const [articleId, first] of placed) {
      const live = await store.resolveStoryId(first);
      expect(live).toBe(storyOf.get(articleId));
      expect((await store.getStory(live!))?.articleIds).toContain(articleId);
    }
    // the stored rows agree with the articles: no story left empty, sizes add up
    const stories = await store.listStories();
    expect(stories.reduce((n, s) => n + s.articleIds.length, 0)).toBe(placed.size);
    expect(stories).toHaveLength(placed.size - folds.length);
    // the two earthquakes stay two stories, and no earthquake report is folded into the unrelated news
    const quakeStories = new Set(
      [...placed.keys()]
        .filter((id) => /bosphorus|global-report|andes|pacific/.test(id))
        .map((id) => storyOf.get(id)),
    );
    const otherStories = new Set(
      [...placed.keys()]
        .filter((id) => !/bosphorus|global-report|andes|pacific/.test(id))
        .map((id) => storyOf.get(id)),
    );
    expect(quakeStories.size).toBe(2);
    for (const id of quakeStories) expect(otherStories.has(id)).toBe(false);
    // nothing new since: a second pass folds nothing
    expect(await correctStories(deps)).toEqual({ folds: [], moves: [] });
    await store.close();
  });
});
