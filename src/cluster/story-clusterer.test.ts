import { describe, expect, it } from "vitest";
import {
  ARTICLES,
  QUAKE_A1_COPY,
  SAME_TOWN_CASE,
  STORY_CASES,
  storyPattern,
} from "./fixtures/story-articles.js";
import { CLUSTER_SETTINGS } from "./settings.js";
import { StoryClusterer } from "./story-clusterer.js";

describe("StoryClusterer", () => {
  it.each(STORY_CASES)("$why", ({ ids, stories }) => {
    expect(storyPattern(CLUSTER_SETTINGS, ids)).toEqual(stories);
  });

  it(SAME_TOWN_CASE.why, () => {
    expect(storyPattern(CLUSTER_SETTINGS, SAME_TOWN_CASE.ids)).toEqual(SAME_TOWN_CASE.stories);
  });

  it("flags a wire copy as a duplicate of the original and keeps it in the story", () => {
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const original = clusterer.add(ARTICLES.quakeA1!);
    clusterer.add(ARTICLES.quakeB1!);
    const copy = clusterer.add(QUAKE_A1_COPY);
    expect([copy.duplicateOf, copy.storyId]).toEqual(["quakeA1", original.storyId]);
  });

  it("merges two stories bridged by an article and redirects the old id", () => {
    // a permissive merge threshold so the bridging article (about both quakes) fits both strongly
    const clusterer = new StoryClusterer({
      ...CLUSTER_SETTINGS,
      mergeThreshold: CLUSTER_SETTINGS.joinThreshold,
    });
    const a = clusterer.add(ARTICLES.quakeA1!).storyId;
    const b = clusterer.add(ARTICLES.quakeB1!).storyId;
    const bridge = clusterer.add({
      id: "bridge",
      title: "Earthquakes in Chile and Indonesia",
      published: "2031-05-07T20:00:00Z",
      text:
        "Two strong earthquakes this week killed people on both sides of the Pacific. In northern Chile a " +
        "magnitude 6.8 quake killed 12 in the mining town of Calama, where rescuers searched collapsed adobe " +
        "houses, Minister Lucia Ferrada said. In Indonesia a magnitude 6.1 quake killed seven in Ambon in the " +
        "Maluku islands, where a school and a mosque were damaged, agency spokesman Budi Santoso said. " +
        "Aftershocks rattled both regions.",
    });
    expect(bridge.merged).toHaveLength(1);
    expect([clusterer.resolve(a), clusterer.resolve(b)]).toEqual([bridge.storyId, bridge.storyId]);
  });

  it("rebuilds from stored placements and places the next article the same way", () => {
    const first = new StoryClusterer(CLUSTER_SETTINGS);
    const placements = ["quakeA1", "quakeB1"].map((id) => ({
      article: ARTICLES[id]!,
      ...first.add(ARTICLES[id]!),
    }));
    const rebuilt = new StoryClusterer(CLUSTER_SETTINGS);
    for (const { article, ...placed } of placements) rebuilt.restore(article, placed);
    expect(rebuilt.add(ARTICLES.quakeA2!).storyId).toBe(first.add(ARTICLES.quakeA2!).storyId);
  });

  it("cuts a story in two when its members turn out to report two events", () => {
    // everything joins one story, so only the split can keep the two earthquakes apart
    const clusterer = new StoryClusterer({ ...CLUSTER_SETTINGS, joinThreshold: -99, mergeThreshold: 99 });
    const placed = ["quakeA1", "quakeB1", "quakeA2"].map((id) => clusterer.add(ARTICLES[id]!));
    expect(new Set(placed.map((p) => p.storyId)).size).toBe(1);
    expect(placed.map((p) => p.split)).toEqual([null, null, null]);
    const last = clusterer.add(ARTICLES.quakeB2!);
    const first = placed[0]!.storyId;
    expect(last.split).toEqual({ from: first, to: last.storyId, articleIds: ["quakeB1", "quakeB2"] });
    expect(["quakeA1", "quakeA2", "quakeB1", "quakeB2"].map((id) => clusterer.storyOf(id))).toEqual([
      first,
      first,
      last.storyId,
      last.storyId,
    ]);
    expect([clusterer.story(first)?.size, clusterer.story(last.storyId)?.size]).toEqual([2, 2]);
  });

  it("never splits with the split threshold at -99", () => {
    const clusterer = new StoryClusterer({
      ...CLUSTER_SETTINGS,
      joinThreshold: -99,
      mergeThreshold: 99,
      splitThreshold: -99,
    });
    const placed = ["quakeA1", "quakeB1", "quakeA2", "quakeB2"].map((id) => clusterer.add(ARTICLES[id]!));
    expect(new Set(placed.map((p) => p.storyId)).size).toBe(1);
  });

  it("gives a story's kept terms back as words, whatever ids they have inside", () => {
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const quake = clusterer.add(ARTICLES.quakeA1!).storyId;
    const strike = clusterer.add(ARTICLES.strikeA!).storyId;
    const terms = clusterer.storyTerms(quake);
    expect(terms.size).toBeGreaterThan(0);
    expect([...terms.keys()].some((term) => term.includes("earthquak"))).toBe(true);
    expect([...clusterer.storyTerms(strike).keys()].some((term) => term.includes("earthquak"))).toBe(false);
    expect(clusterer.storyTerms("no such story").size).toBe(0);
  });
});
