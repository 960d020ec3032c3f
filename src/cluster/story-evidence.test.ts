import { describe, expect, it } from "vitest";
import { type ClusterArticle, describeArticle } from "./article-features.js";
import { CLUSTER_SETTINGS } from "./settings.js";
import type { StoryEvidence } from "./story-evidence.js";
import { evidenceScore, joinScore, storyEvidence, summarizeArticle } from "./story-evidence.js";
import { addArticleToStory, emptyStory } from "./story-profile.js";

const flat = () => 1;

/** The evidence of article `b` against a story made of article `a` alone (every key weighs the same). */
function evidence(a: ClusterArticle, b: ClusterArticle, idf: (key: string) => number = flat): StoryEvidence {
  const story = addArticleToStory(emptyStory<string>("s"), describeArticle(a, 2), 80, idf);
  const features = describeArticle(b, 2);
  const norms = summarizeArticle(features, idf, [], 3);
  return storyEvidence(features, norms, story, 30, 3);
}

const report = (id: string, text: string, published: string | null = null, places?: string[]) => ({
  id,
  title: null,
  text,
  published,
  ...(places ? { places } : {}),
});

describe("storyEvidence", () => {
  it("sees two reports naming different weekdays, places and figures as disagreeing", () => {
    const a = report("a", "Gunmen attacked a bus on Saturday near Wadi Sir, killing 23.", null, ["Wadi Sir"]);
    const b = report("b", "Gunmen attacked a bus on Thursday near Kafr Loma, killing 26.", null, [
      "Kafr Loma",
    ]);
    expect(evidence(a, b)).toMatchObject({
      weekdayConflict: 1,
      placeConflict: 1,
      placeShared: 0,
      storyNumberNovelty: 1,
      dated: 0,
      dateNear: 0,
    });
  });

  it("sees a follow-up two days later in the same town as agreeing", () => {
    const a = report("a", "A fire on Saturday in Wadi Sir killed 23 people.", "2031-03-01", ["Wadi Sir"]);
    const b = report(
      "b",
      "Mourners in Wadi Sir buried 23 fire victims after Saturday's blaze.",
      "2031-03-03",
      ["Wadi Sir"],
    );
    const e = evidence(a, b);
    expect(e).toMatchObject({ weekdayConflict: 0, placeShared: 1, placeConflict: 0, storyNumberNovelty: 0 });
    expect(e.dated).toBe(1);
    expect(e.dateNear).toBeCloseTo(Math.exp(-2 / 3), 5);
  });

  it("measures dates to the nearest member, so a story spanning months does not take in everything between", () => {
    const idf = flat;
    let story = emptyStory<string>("s");
    for (const [id, day] of [
      ["a", "2031-01-10"],
      ["b", "2031-01-11"],
      ["c", "2031-06-20"],
    ] as const)
      story = addArticleToStory(story, describeArticle(report(id, "A fire in Wadi Sir.", day), 2), 80, idf);
    const at = (day: string) => {
      const features = describeArticle(report("x", "A fire in Wadi Sir.", day), 2);
      return storyEvidence(features, summarizeArticle(features, idf, [], 3), story, 30, 3);
    };
    // March 20 lies inside the story's range but 68 days from its nearest member (January 11)
    expect(at("2031-03-20").dateGap).toBeCloseTo(1 - Math.exp(-68 / 30), 5);
    expect(at("2031-06-21").dateNear).toBeCloseTo(Math.exp(-1 / 3), 5);
    expect(at("2031-01-05").dateGap).toBeCloseTo(1 - Math.exp(-5 / 30), 5);
  });

  it("misses the story's most distinctive names when the article does not name them", () => {
    const a = report("a", "Coach Dana Irvine placed Marco Vell on injured reserve. Vell hurt a knee.");
    const b = report("b", "Coach Dana Irvine placed Tomas Rudd on injured reserve. Rudd hurt an ankle.");
    // the coach is named in many reports; the players are rare
    const common = new Set(["@coach", "@dana", "@irvine"]);
    const e = evidence(a, b, (key) => (common.has(key) ? 1 : 3));
    expect(e.storyNameNovelty).toBeCloseTo(2 / 3, 5);
    expect(e.nameNovelty).toBeCloseTo(2 / 3, 5);
  });

  it("never joins a report that shares nothing with the story but the place's name", () => {
    const flood = report("a", "Floods swept cars through Port Selma overnight, drowning 51.", "2031-10-30", [
      "Port Selma",
    ]);
    const trade = report("b", "Container trade at Port Selma grew 4% in the quarter.", "2031-10-30", [
      "Port Selma",
    ]);
    const only = evidence(flood, trade);
    expect(only.cosine).toBeGreaterThan(CLUSTER_SETTINGS.contentFloor);
    expect(only.content).toBe(0);
    expect(only.placeShared).toBe(1);
    expect(joinScore(only, CLUSTER_SETTINGS)).toBe(Number.NEGATIVE_INFINITY);
    // a follow-up sharing more than the place keeps its content, and a score
    const more = report("c", "Port Selma floods: cars swept away overnight.", "2031-10-31", ["Port Selma"]);
    const follow = evidence(flood, more);
    expect(follow.content).toBeGreaterThan(0);
    expect(follow.content).toBeLessThan(follow.cosine);
    expect(joinScore(follow, CLUSTER_SETTINGS)).toBe(evidenceScore(follow, CLUSTER_SETTINGS));
  });

  it("scores agreement above disagreement with the fitted settings", () => {
    const a = report("a", "A fire on Saturday in Wadi Sir killed 23 people.", "2031-03-01", ["Wadi Sir"]);
    const same = report("b", "A Saturday fire in Wadi Sir killed 23, officials said.", "2031-03-02", [
      "Wadi Sir",
    ]);
    const other = report("c", "A fire on Tuesday in Kafr Loma killed 9 people.", "2031-05-20", ["Kafr Loma"]);
    expect(evidenceScore(evidence(a, same), CLUSTER_SETTINGS)).toBeGreaterThan(
      evidenceScore(evidence(a, other), CLUSTER_SETTINGS),
    );
  });
});
