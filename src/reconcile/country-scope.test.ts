import { describe, expect, it } from "vitest";
import { article, casualty, entity } from "../../test/reconcile/claim-builders.js";
import { briefToll } from "../brief/render/brief-view.js";
import { reconcileStory } from "./reconcile-story.js";
import { storyCasualties } from "./story-casualties.js";

const place = (id: string, name: string, country: string) =>
  entity(id, name, { type: "place", country, lat: 1, lon: 1 });
const entities = [
  place("e-ht", "Haiti", "HT"),
  place("e-jm", "Jamaica", "JM"),
  place("e-cu", "Cuba", "CU"),
  place("e-pg", "Petit-Goave", "HT"),
  place("e-us", "US", "US"),
  place("e-kabul", "Kabul", "AF"),
];
const articles = ["a1", "a2", "a3"].map((id, i) => article(id, { outlet: `Outlet ${i + 1}` }));
const told = (id: string, articleId: string, count: number, sentence: string, more = {}) =>
  casualty(id, articleId, count, { sentence, ...more });

describe("country scopes", () => {
  it("asks a question per country when the story's figures are told country by country", () => {
    const claims = [
      told("c1", "a1", 20, "In Haiti, at least 20 people were killed in Petit-Goave.", {
        qualifier: "at-least",
      }),
      told("c2", "a1", 7, "At least seven people died in Jamaica.", { qualifier: "at-least" }),
      told("c3", "a2", 30, "The storm killed at least 30 people in Haiti and Jamaica.", {
        qualifier: "at-least",
      }),
      told("c4", "a2", 0, "Cuban authorities said no deaths had been reported there."),
      told("c5", "a3", 31, "Haiti's civil protection agency said 31 had died there."),
      // a country's figure told after a total of the same report is that country's, not a detail
      told("c6", "a3", 19, "In Jamaica, 19 people died.", { detail: true, partOf: "c0" }),
    ];
    const findings = reconcileStory({ articles, claims, entities });
    const topics = new Map(findings.map((f) => [f.topic, f.values.map((v) => v.count)]));
    expect(topics).toEqual(
      new Map([
        ["killed:all:in-haiti", [20, 31]],
        ["killed:all:in-jamaica", [7, 19]],
        ["killed:all", [30]],
        ["killed:all:in-cuba", [0]],
      ]),
    );
    // the whole is at least the sum of the countries' figures
    expect(storyCasualties(findings).killed).toBe(50);
    expect(briefToll(findings)).toBe("50 killed (31 in Haiti; 19 in Jamaica; 0 in Cuba)");
  });

  it("keeps one question when the figures name one country, or name a country only as the victims'", () => {
    const claims = [
      told("c1", "a1", 60, "At least 60 people were killed outside Kabul airport.", {
        qualifier: "at-least",
      }),
      told("c2", "a2", 12, "The Pentagon said 12 US service members were among the dead.", {
        group: "combatants",
      }),
      told("c3", "a3", 103, "The toll in Kabul rose to 103."),
    ];
    const topics = reconcileStory({ articles, claims, entities }).map((f) => f.topic);
    expect(topics.sort()).toEqual(["killed:all", "killed:combatants"]);
  });
});
