import { describe, expect, it } from "vitest";
import { InMemoryClusterState } from "./cluster-state.js";
import { emptyStory } from "./story-profile.js";

describe("InMemoryClusterState", () => {
  it("gives each key one id and counts documents per id", () => {
    const state = new InMemoryClusterState();
    const fire = state.keyId("fire");
    expect(state.keyId("flood")).not.toBe(fire);
    expect(state.keyId("fire")).toBe(fire);
    state.countDocument([fire]);
    state.countDocument([fire, state.keyId("flood")]);
    expect([state.documentCount(), state.documentFrequency(fire), state.keyOf(fire)]).toEqual([2, 2, "fire"]);
    // more keys than the first frequency array holds
    for (let i = 0; i < 3000; i++) state.countDocument([state.keyId(`k${i}`)]);
    expect(state.documentFrequency(state.keyId("k2999"))).toBe(1);
  });

  it("follows merges from any story number to the live story, as it does for ids", () => {
    const state = new InMemoryClusterState();
    for (const id of ["a", "b", "c"]) state.saveStory(emptyStory(id));
    state.addPosting(7, "a", 10);
    state.addPosting(7, "b", 10);
    state.dropStory("a");
    state.redirect("a", "b");
    state.dropStory("b");
    state.redirect("b", "c");
    const [a, b] = state.postings(7);
    expect(state.liveNumber(a!)).toBe(state.storyNumber("c"));
    expect(state.liveNumber(b!)).toBe(state.storyNumber("c"));
    expect(state.resolve("a")).toBe("c");
    expect(state.storyByNumber(state.storyNumber("a"))).toBeUndefined();
    expect(state.storyByNumber(state.liveNumber(a!))?.id).toBe("c");
  });

  it("keeps the most recent stories of a posting list up to its cap, each once", () => {
    const state = new InMemoryClusterState();
    for (const id of ["a", "b", "c", "a"]) state.addPosting(1, id, 2);
    expect(state.postings(1)).toEqual([state.storyNumber("c"), state.storyNumber("a")]);
  });
});
