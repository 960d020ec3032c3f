import { describe, expect, it } from "vitest";
import { article, casualty, ref } from "../../test/reconcile/claim-builders.js";
import { reconcileStory } from "../reconcile/reconcile-story.js";
import { buildSummary } from "./summary.js";
import { supersededClaimIds } from "./superseded-claims.js";

const monitor = ref("e-m", "the monitor");
const texts = [
  "The monitor said at least 40 people were killed in the flooding of the lower valley. Boats carried families from the roofs of their houses. The river crested at noon.",
  "The monitor now says 75 people were killed in the flooding of the lower valley. Engineers opened the spillway of the upper dam to relieve the river. Schools in the valley will stay shut all week.",
  "Boats carried families from the roofs of their houses in the lower valley. The regional governor asked the army for more helicopters and pumps. Farmers lost most of the winter wheat to the water.",
];
const articles = texts.map((text, i) => article(`a${i + 1}`, { text, outlet: `Outlet ${i + 1}` }));
const claimIn = (i: number, count: number) => {
  const text = texts[i]!;
  const end = text.indexOf(".") + 1;
  return casualty(`c${i + 1}`, `a${i + 1}`, count, {
    source: monitor,
    sentence: text.slice(0, end),
    start: 0,
    end,
  });
};
const claims = [claimIn(0, 40), claimIn(1, 75)];
const findings = reconcileStory({ articles, claims, entities: [] });

describe("buildSummary", () => {
  const summary = buildSummary(articles, claims, findings);

  it("marks the replaced figure as superseded", () => {
    expect([...supersededClaimIds(findings)]).toEqual(["c1"]);
  });

  it("picks 5 to 8 verbatim sentences with their offsets", () => {
    expect(summary.length).toBeGreaterThanOrEqual(5);
    expect(summary.length).toBeLessThanOrEqual(8);
    for (const s of summary) {
      const source = articles.find((a) => a.id === s.articleId)!;
      expect(source.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("never states the outdated toll, keeps the current one", () => {
    const all = summary.map((s) => s.text).join(" ");
    expect(all).not.toContain("at least 40");
    expect(all).toContain("75 people were killed");
  });

  it("drops a sentence that repeats one already chosen", () => {
    const boats = summary.filter((s) => s.text.startsWith("Boats carried families"));
    expect(boats).toHaveLength(1);
  });

  it("leaves out short fragments and copies", () => {
    expect(summary.map((s) => s.text)).not.toContain("The river crested at noon.");
    const copy = article("a4", { text: texts[2]!, duplicateOf: "a3" });
    expect(buildSummary([...articles, copy], claims, findings).some((s) => s.articleId === "a4")).toBe(false);
  });

  it("leaves out a sentence whose only figure is background, such as a past disaster's toll", () => {
    const text =
      "The valley flood forced 3,000 people from their homes on Monday. The 1998 flood in the same valley killed 85 people. Crews built sandbag walls along the river through the night. The regional governor asked the army for more helicopters. Schools in the valley will stay shut all week.";
    const lone = article("p1", { outlet: "Valley Post", text });
    const past = text.indexOf("The 1998");
    const old = casualty("c9", "p1", 85, {
      background: true,
      sentence: "The 1998 flood in the same valley killed 85 people.",
      start: past,
      end: past + 51,
    });
    const told = buildSummary([lone], [old], []).map((t) => t.text);
    expect(told).toContain("Crews built sandbag walls along the river through the night.");
    expect(told).not.toContain("The 1998 flood in the same valley killed 85 people.");
  });

  it("keeps one report's own order, its lead first", () => {
    const lone = article("s1", {
      outlet: "Hill Post",
      text: "A gale tore roofs from sheds across the upper valley on Friday night. Power failed in four villages until dawn. No injuries were reported in the valley after the gale. Crews cleared fallen trees from the valley road by noon. The weather office lifted its gale warning for the valley.",
    });
    const told = buildSummary([lone], [], []);
    expect(told[0]!.text).toBe("A gale tore roofs from sheds across the upper valley on Friday night.");
    const starts = told.map((t) => t.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("draws on several reports, not only the longest", () => {
    const long = article("long", {
      outlet: "Long Post",
      text: [
        "The storm flooded the harbour district of Lisvik on Monday night and cut power to the port.",
        "The storm flooded the harbour district of Lisvik and cut power to the fish market on Monday night.",
        "Flooding in the harbour district of Lisvik cut power to the port and the ferry terminal.",
        "The harbour district of Lisvik was flooded on Monday night, and the port lost power.",
        "Power to the port failed when the storm flooded the harbour district of Lisvik.",
        "Crews pumped water from the harbour district of Lisvik as the port stayed without power.",
      ].join(" "),
    });
    const short = [
      "Ferries to Lisvik were cancelled on Tuesday after the storm flooded the port.",
      "Volunteers in Lisvik handed out blankets at the town hall after the storm flooded homes.",
      "The mayor of Lisvik said the harbour district would be closed for a week after the storm.",
    ].map((text, i) => article(`s${i}`, { outlet: `Short ${i}`, text }));
    const picked = buildSummary([long, ...short], [], []);
    const fromLong = picked.filter((p) => p.articleId === "long").length;
    expect(new Set(picked.map((p) => p.articleId)).size).toBe(4);
    expect(fromLong).toBeLessThan(picked.length - 2);
  });

  it("leaves out the dateline that opens a report, keeping the offsets true", () => {
    const text =
      "LOWER VALLEY, May 3 (Valley Wire) - The monitor said 75 people were killed in the flooding. Boats carried families from the roofs of their houses.";
    const wired = [article("w1", { text, outlet: "Valley Wire" })];
    const [first] = buildSummary(wired, [], []);
    expect(first!.text).toBe("The monitor said 75 people were killed in the flooding.");
    expect(text.slice(first!.start, first!.end)).toBe(first!.text);
  });
});
