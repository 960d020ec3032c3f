import { describe, expect, it } from "vitest";
import { article, attack, casualty, control, entity, ref } from "../../test/reconcile/claim-builders.js";
import type { Claim } from "../model/claim.js";
import type { Verdict } from "../model/story.js";
import { reconcileStory } from "./reconcile-story.js";
import { storyCasualties } from "./story-casualties.js";

const monitor = ref("e-monitor", "the Monitor");
const ministry = ref("e-ministry", "the Ministry");
const agency = ref("e-agency", "Wire Agency");
const entities = [entity("e-monitor", "Harbour Rights Monitor"), entity("e-ministry", "Health Ministry")];
const articles = ["a1", "a2", "a3", "a4", "a5"].map((id, i) => article(id, { outlet: `Outlet ${i + 1}` }));

interface Row {
  name: string;
  claims: Claim[];
  topic: string;
  verdict: Verdict;
  best: number;
  conservative: number;
  sources: number;
  outlets: number;
  counts: number[];
}

/** The ministry's `first` on 2024-03-01, then "at least `bound`" from `later` the next day. */
function boundNextDay(
  outcome: "kidnapped" | "injured",
  [first, bound]: [number, number],
  later: typeof monitor,
) {
  return [
    casualty("c1", "a1", first, { outcome, source: ministry, eventDate: "2024-03-01" }),
    casualty("c2", "a2", bound, { outcome, qualifier: "at-least", source: later, eventDate: "2024-03-02" }),
  ];
}

/** The monitor's bound of the missing on 2024-03-01, then the ministry's the next day. */
function missingBounds(...[first, second]: [number, "at-least" | "at-most"][]) {
  return [first!, second!].map(([count, qualifier], i) =>
    casualty(`c${i + 1}`, `a${i + 1}`, count, {
      outcome: "missing",
      qualifier,
      source: i === 0 ? monitor : ministry,
      eventDate: `2024-03-0${i + 1}`,
    }),
  );
}

/** The ministry's 40 missing on 2024-03-01 and the monitor's 21 on `laterDate`. */
function missingCounts(name: string, laterDate: string, verdict: Verdict, best = 40): Row {
  const missing = { outcome: "missing" as const };
  return {
    name,
    claims: [
      casualty("c1", "a1", 40, { ...missing, source: ministry, eventDate: "2024-03-01" }),
      casualty("c2", "a2", 21, { ...missing, source: monitor, eventDate: laterDate }),
    ],
    topic: "missing:all",
    verdict,
    ...{ best, conservative: 21, sources: 2, outlets: 2, counts: [40, 21] },
  };
}

/** The ministry's "at least" figure on 2024-10-30, then the monitor's on a later day: killed, all. */
function atLeastLater(
  name: string,
  [first, later]: [number, number],
  laterDate: string,
  verdict: Verdict,
): Row {
  return {
    name,
    claims: [
      casualty("c1", "a1", first, { qualifier: "at-least", source: ministry, eventDate: "2024-10-30" }),
      casualty("c2", "a2", later, { qualifier: "at-least", source: monitor, eventDate: laterDate }),
    ],
    topic: "killed:all",
    verdict,
    ...{ best: later, conservative: later, sources: 2, outlets: 2, counts: [first, later] },
  };
}

/** The monitor's 11,300 killed on 2024-03-02, then the agency's 3,958 two days later, `lowered` or not. */
function revisedLater(name: string, lowered: boolean): Row {
  return {
    name,
    claims: [
      casualty("c1", "a1", 11300, { source: monitor, eventDate: "2024-03-02" }),
      casualty("c2", "a2", 3958, { source: agency, eventDate: "2024-03-04", lowered }),
    ],
    topic: "killed:all",
    verdict: "conflict",
    ...{ best: lowered ? 3958 : 11300, conservative: 3958, sources: 2, outlets: 2, counts: [11300, 3958] },
  };
}

const rows: Row[] = [
  {
    name: "four outlets relay one monitor whose toll rises: update, one source",
    claims: [
      casualty("c1", "a1", 311, { qualifier: "at-least", source: monitor }),
      casualty("c2", "a2", 320, { qualifier: "more-than", source: monitor }),
      casualty("c3", "a3", 412, { source: monitor, channel: agency }),
      casualty("c4", "a4", 412, { source: monitor }),
    ],
    topic: "killed:all",
    verdict: "update",
    best: 412,
    conservative: 412,
    sources: 1,
    outlets: 4,
    counts: [311, 320, 412, 412],
  },
  {
    name: "a ministry and a monitor give incompatible undated figures: conflict",
    claims: [
      casualty("c1", "a1", 50, { source: ministry }),
      casualty("c2", "a2", 80, { source: monitor }),
      casualty("c3", "a3", 80, { source: monitor }),
    ],
    topic: "killed:all",
    verdict: "conflict",
    best: 80,
    conservative: 50,
    sources: 2,
    outlets: 3,
    counts: [50, 80, 80],
  },
  {
    name: "'at least 300' and '311' from two sources agree",
    claims: [
      casualty("c1", "a1", 300, { qualifier: "at-least", source: ministry }),
      casualty("c2", "a2", 311, { source: monitor }),
    ],
    topic: "killed:all",
    verdict: "agree",
    best: 311,
    conservative: 300,
    sources: 2,
    outlets: 2,
    counts: [300, 311],
  },
  {
    name: "unattributed figures count as each outlet's own: two sources in conflict",
    claims: [casualty("c1", "a1", 12), casualty("c2", "a2", 19)],
    topic: "killed:all",
    verdict: "conflict",
    best: 19,
    conservative: 12,
    sources: 2,
    outlets: 2,
    counts: [12, 19],
  },
  {
    name: "an unattributed figure inside the monitor's rising series is no conflict",
    claims: [
      casualty("c1", "a1", 20, { group: "civilians", source: monitor }),
      casualty("c2", "a2", 28, { group: "civilians", source: monitor, partOf: "c9" }),
      casualty("c3", "a3", 44, { group: "civilians", source: monitor }),
      casualty("c4", "a4", 61, { group: "civilians", qualifier: "at-least", source: monitor }),
      casualty("c5", "a5", 27, { group: "civilians" }),
      casualty("c6", "a5", 900000, { background: true }),
    ],
    topic: "killed:civilians",
    verdict: "update",
    best: 61,
    conservative: 27,
    sources: 2,
    outlets: 5,
    counts: [20, 28, 44, 61, 27],
  },
  {
    name: "dated figures of one source are ordered by date, even when revised down",
    claims: [
      casualty("c1", "a1", 45, { source: monitor, eventDate: "2024-03-02" }),
      casualty("c2", "a2", 50, { source: monitor, eventDate: "2024-03-01" }),
    ],
    topic: "killed:all",
    verdict: "update",
    best: 45,
    conservative: 45,
    sources: 1,
    outlets: 2,
    counts: [50, 45],
  },
  {
    name: "dated figures of two sources rising day by day: update, not conflict",
    claims: [
      casualty("c1", "a1", 50, { source: ministry, eventDate: "2024-03-01" }),
      casualty("c2", "a2", 80, { source: monitor, eventDate: "2024-03-02" }),
    ],
    topic: "killed:all",
    verdict: "update",
    best: 80,
    // the ministry's 50 of the day before is overtaken: a toll only rises
    conservative: 80,
    sources: 2,
    outlets: 2,
    counts: [50, 80],
  },
  {
    name: "an earlier figure above a later one from another source: conflict",
    claims: [
      casualty("c1", "a1", 90, { source: ministry, eventDate: "2024-03-01" }),
      casualty("c2", "a2", 80, { source: monitor, eventDate: "2024-03-02" }),
    ],
    topic: "killed:all",
    verdict: "conflict",
    best: 90,
    conservative: 80,
    sources: 2,
    outlets: 2,
    counts: [90, 80],
  },
  // the ministry counts 40 missing on 1 March, the monitor 21 later: people are found, the count falls
  missingCounts(
    "the missing may fall from one day to the next: update, not conflict; the later count stands",
    "2024-03-05",
    "update",
    21,
  ),
  missingCounts("incompatible figures of the missing on the same day: conflict", "2024-03-01", "conflict"),
  {
    name: "a later rough figure that allows an earlier count ('hundreds' after 287 kidnapped) leaves it standing",
    claims: boundNextDay("kidnapped", [287, 200], monitor),
    topic: "kidnapped:all",
    verdict: "agree",
    ...{ best: 287, conservative: 200, sources: 2, outlets: 2, counts: [287, 200] },
  },
  {
    name: "'hundreds' missing after 'up to 500': bounds from both sides that both hold, no change",
    claims: missingBounds([500, "at-most"], [200, "at-least"]),
    topic: "missing:all",
    verdict: "agree",
    ...{ best: 500, conservative: 200, sources: 2, outlets: 2, counts: [500, 200] },
  },
  {
    name: "'at least 20' missing, then 'at least 50': bounds from one side that rose, an update",
    claims: missingBounds([20, "at-least"], [50, "at-least"]),
    topic: "missing:all",
    verdict: "update",
    ...{ best: 50, conservative: 50, sources: 2, outlets: 2, counts: [20, 50] },
  },
  {
    name: "a well-relayed toll of one day overtaken by a higher one the next day: not current",
    claims: [
      casualty("c1", "a1", 50, { source: monitor, eventDate: "2024-03-01" }),
      casualty("c2", "a2", 50, { source: monitor, eventDate: "2024-03-01" }),
      casualty("c3", "a3", 50, { source: monitor, eventDate: "2024-03-01" }),
      casualty("c4", "a4", 80, { eventDate: "2024-03-02" }),
      casualty("c5", "a5", 84, { source: ministry, eventDate: "2024-03-02" }),
    ],
    topic: "killed:all",
    verdict: "conflict",
    best: 84,
    conservative: 80,
    sources: 3,
    outlets: 5,
    counts: [50, 50, 50, 80, 84],
  },
  revisedLater(
    "a count stated as lowered two days later replaces the higher one: best, though they conflict",
    true,
  ),
  revisedLater("a lower count not stated as lowered replaces nothing: the higher one stays best", false),
  {
    name: "a count lowered the same day replaces that day's higher figure",
    claims: [
      casualty("c1", "a1", 22, { qualifier: "at-least", source: monitor, eventDate: "2024-03-02" }),
      casualty("c2", "a2", 18, { source: agency, eventDate: "2024-03-02", lowered: true }),
    ],
    topic: "killed:all",
    verdict: "conflict",
    ...{ best: 18, conservative: 18, sources: 2, outlets: 2, counts: [22, 18] },
  },
  atLeastLater(
    "'at least 51' one day is overtaken by another source's 'at least 205' two days later: an update",
    [51, 205],
    "2024-11-01",
    "update",
  ),
  atLeastLater(
    "the same 'at least' figure a day later agrees; a rising one of another source is an update",
    [6, 6],
    "2024-10-31",
    "agree",
  ),
  {
    name: "a later 'at least' that only bounds a source's own figure does not replace it",
    claims: boundNextDay("injured", [51, 17], ministry),
    topic: "injured:all",
    verdict: "update",
    best: 51,
    conservative: 51,
    sources: 1,
    outlets: 2,
    counts: [51, 17],
  },
  {
    name: "one report: single",
    claims: [casualty("c1", "a1", 7, { outcome: "injured", source: monitor })],
    topic: "injured:all",
    verdict: "single",
    best: 7,
    conservative: 7,
    sources: 1,
    outlets: 1,
    counts: [7],
  },
];

describe("reconcileStory: casualty findings", () => {
  it.each(rows)("$name", (row) => {
    const findings = reconcileStory({ articles, claims: row.claims, entities });
    const finding = findings.find((f) => f.topic === row.topic);
    expect(finding).toBeDefined();
    expect(finding!.verdict).toBe(row.verdict);
    expect(finding!.best?.count).toBe(row.best);
    expect(finding!.conservative?.count).toBe(row.conservative);
    expect(finding!.independentSources).toBe(row.sources);
    expect(finding!.outlets).toBe(row.outlets);
    expect(finding!.values.map((v) => v.count)).toEqual(row.counts);
  });

  it("credits a minister to the ministry another report of the story gives as a source", () => {
    const text = "Health Minister Kemal Arslan said 51 people were hurt.";
    const minister = { text: "Health Minister Kemal Arslan", start: 0, end: 28, entityId: null };
    const claims = [
      casualty("c1", "a1", 51, { outcome: "injured", sentence: text, source: minister }),
      casualty("c2", "a2", 60, { outcome: "injured", source: ref(null, "the health ministry") }),
      casualty("c3", "a3", 7, { outcome: "detained", sentence: text, source: minister }),
    ];
    const [injured] = reconcileStory({ articles, claims, entities });
    expect(injured!.independentSources).toBe(1);
    expect(new Set(injured!.values.map((v) => v.sourceName))).toEqual(new Set(["Health Ministry"]));
    // a minister of another portfolio, or a story with no ministry, keeps the minister's name
    const other = { ...minister, text: "Interior Minister Kemal Arslan" };
    const alone = reconcileStory({
      articles,
      claims: [{ ...claims[0]!, source: other }, claims[1]!],
      entities,
    });
    expect(alone[0]!.independentSources).toBe(2);
  });

  it("credits a bare body ('the coast guard') to the one the story names in full", () => {
    const claims = [
      casualty("c1", "a1", 59, { source: ref(null, "Hellenic coast guard"), eventDate: "2023-06-14" }),
      casualty("c2", "a2", 78, { source: ref(null, "the coast guard"), eventDate: "2023-06-15" }),
    ];
    const [killed] = reconcileStory({ articles, claims, entities });
    expect(killed!.independentSources).toBe(1);
    expect(new Set(killed!.values.map((v) => v.sourceName))).toEqual(new Set(["Hellenic coast guard"]));
    // two coast guards named in full leave the bare one as written
    const turkish = casualty("c3", "a3", 80, {
      source: ref(null, "Turkish coast guard"),
      eventDate: "2023-06-15",
    });
    const [two] = reconcileStory({ articles, claims: [...claims, turkish], entities });
    expect(two!.independentSources).toBe(3);
  });

  it("credits a government spokesperson to the government another report gives as a source", () => {
    const text = "Government spokesman Omar Kalu said 2,000 people died.";
    const spokesman = { text: "Omar Kalu", start: 21, end: 30, entityId: null };
    const claims = [
      casualty("c1", "a1", 2000, { sentence: text, source: spokesman }),
      casualty("c2", "a2", 2100, { source: ref(null, "Lakeland government") }),
    ];
    const [killed] = reconcileStory({ articles, claims, entities });
    expect(killed!.independentSources).toBe(1);
    expect(new Set(killed!.values.map((v) => v.sourceName))).toEqual(new Set(["Lakeland government"]));
    // an army spokesman is not the government
    const army = {
      ...claims[0]!,
      sentence: "Army spokesman Omar Kalu said 2,000 people died.",
      source: { ...spokesman, start: 15, end: 24 },
    };
    expect(reconcileStory({ articles, claims: [army, claims[1]!], entities })[0]!.independentSources).toBe(2);
  });

  it("names both sources of a conflict and credits the original, not the agency", () => {
    const [finding] = reconcileStory({ articles, claims: rows[1]!.claims, entities });
    expect(finding!.explanation).toContain("Health Ministry");
    expect(finding!.explanation).toContain("Harbour Rights Monitor");
    const relayed = reconcileStory({ articles, claims: rows[0]!.claims, entities })[0]!;
    expect(new Set(relayed.values.map((v) => v.sourceName))).toEqual(new Set(["Harbour Rights Monitor"]));
    expect(relayed.values.every((v) => v.ownReporting === false)).toBe(true);
  });

  it("leaves background figures out and files breakdown parts under their group", () => {
    const topics = reconcileStory({ articles, claims: rows[4]!.claims, entities }).map((f) => f.topic);
    expect(topics).toEqual(["killed:civilians"]);
  });

  it("leaves an increment ('four more bodies') out of the figures of its question", () => {
    const claims = [
      casualty("t1", "a1", 8, { source: monitor }),
      casualty("t2", "a2", 12, { source: monitor }),
      casualty("i2", "a2", 4, { source: monitor, increment: true, additional: true }),
    ];
    const [finding] = reconcileStory({ articles, claims, entities });
    expect(finding!.values.map((v) => v.count)).toEqual([8, 12]);
    expect(finding!.verdict).toBe("update");
  });

  it("leaves a detail of a report's toll ('one man died when ...') out of the figures of its question", () => {
    const claims = [
      casualty("t1", "a1", 6, { source: monitor }),
      casualty("d1", "a1", 1, { source: monitor, partOf: "t1", detail: true }),
      casualty("t2", "a2", 6, { source: monitor }),
    ];
    const findings = reconcileStory({ articles, claims, entities });
    expect(findings.map((f) => f.topic)).toEqual(["killed:all"]);
    expect(findings[0]!.values.map((v) => v.count)).toEqual([6, 6]);
    expect(findings[0]!.verdict).toBe("agree");
  });

  it("counts an article without outlet as its own source", () => {
    const bare = [article("x1"), article("x2")];
    const claims = [casualty("c1", "x1", 5), casualty("c2", "x2", 5)];
    const [finding] = reconcileStory({ articles: bare, claims, entities });
    expect(finding!.verdict).toBe("agree");
    expect(finding!.independentSources).toBe(2);
    expect(finding!.values.map((v) => v.sourceName)).toEqual(["x1", "x2"]);
    expect(finding!.values.map((v) => v.ownReporting)).toEqual([true, true]);
  });

  it("names an article without outlet by its name in quotes, and still counts it by id", () => {
    const bare = [
      { ...article("x1"), name: "Rebels take the airport" },
      { ...article("x2"), name: "Rebels take the airport" },
    ];
    const claims = [casualty("c1", "x1", 5), casualty("c2", "x2", 7)];
    const [finding] = reconcileStory({ articles: bare, claims, entities });
    expect(finding!.independentSources).toBe(2);
    expect(finding!.values.map((v) => v.sourceName)).toEqual([
      "“Rebels take the airport”",
      "“Rebels take the airport”",
    ]);
    expect(finding!.explanation).toContain("“Rebels take the airport”");
    expect(finding!.explanation).not.toMatch(/\bx[12]\b/);
  });

  it("credits a near-duplicate's own reporting to the outlet it copies", () => {
    const copies = [
      article("o1", { outlet: "Wire" }),
      article("o2", { outlet: "Reprint", duplicateOf: "o1" }),
    ];
    const claims = [casualty("c1", "o1", 5), casualty("c2", "o2", 5)];
    const [finding] = reconcileStory({ articles: copies, claims, entities });
    expect(finding!.independentSources).toBe(1);
    expect(finding!.outlets).toBe(2);
    expect(finding!.values.map((v) => [v.sourceName, v.outlet])).toEqual([
      ["Wire", "Wire"],
      ["Wire", "Reprint"],
    ]);
  });

  it("explains a falling count of the missing as a change, not a rising toll", () => {
    const missing = rows.find((r) => r.name.startsWith("the missing may fall"))!;
    const [finding] = reconcileStory({ articles, claims: missing.claims, entities });
    expect(finding!.explanation).toMatch(/^update: the figure changed from one report date to the next \(/);
  });

  it("gives the story the best killed:all and injured:all figures", () => {
    const injured = rows.find((r) => r.name === "one report: single")!;
    const claims = [...rows[0]!.claims, ...injured.claims];
    expect(storyCasualties(reconcileStory({ articles, claims, entities }))).toEqual({
      killed: 412,
      injured: 7,
    });
    expect(storyCasualties([])).toEqual({ killed: null, injured: null });
  });
});

describe("reconcileStory: control findings", () => {
  const town = ref("e-town", "Northtown");
  const rebels = ref("e-rebels", "the rebels");
  const army = ref("e-army", "the army");
  const cases: [string, Claim[], Verdict][] = [
    ["one report", [control("k1", "a1", town, { actor: rebels })], "single"],
    [
      "rebels captured it, the army lost it: agree",
      [
        control("k1", "a1", town, { actor: rebels, source: monitor }),
        control("k2", "a2", town, { actor: army, change: "lost", source: ministry }),
      ],
      "agree",
    ],
    [
      "one says the army holds it, another that the army lost it: conflict",
      [
        control("k1", "a1", town, { actor: army, change: "holds", source: ministry }),
        control("k2", "a2", town, { actor: army, change: "lost", source: monitor }),
      ],
      "conflict",
    ],
    [
      "one source's extent grows: update",
      [
        control("k1", "a1", town, { actor: rebels, extent: "partial", source: monitor }),
        control("k2", "a2", town, { actor: rebels, extent: "complete", source: monitor }),
      ],
      "update",
    ],
    [
      "one report tells who holds which part (one picture, not a change): agree",
      [
        control("k1", "a1", town, { actor: rebels, extent: "majority", source: monitor }),
        control("k2", "a1", town, { actor: army, change: "holds", extent: "partial", source: monitor }),
        control("k3", "a2", town, { actor: rebels, extent: "majority", source: monitor }),
      ],
      "agree",
    ],
    [
      "a later report only adds how much ('captured it', then 'holds most of it'): agree",
      [
        control("k1", "a1", town, { actor: rebels, source: monitor }),
        control("k2", "a2", town, { actor: rebels, change: "holds", extent: "majority", source: monitor }),
      ],
      "agree",
    ],
    [
      "one source's actor goes from holding it to losing it: update",
      [
        control("k1", "a1", town, { actor: army, change: "holds", source: monitor }),
        control("k2", "a2", town, { actor: army, change: "lost", source: monitor }),
      ],
      "update",
    ],
    [
      "one source names different actors in different reports: agree",
      [
        control("k1", "a1", town, { actor: rebels, source: monitor }),
        control("k2", "a2", town, { actor: army, change: "holds", extent: "partial", source: monitor }),
      ],
      "agree",
    ],
  ];
  it.each(cases)("%s", (_name, claims, verdict) => {
    const [finding] = reconcileStory({ articles, claims, entities });
    expect(finding!.topic).toBe("control:e-town");
    expect(finding!.verdict).toBe(verdict);
    expect(finding!.best).toBeNull();
  });

  it("reads 'the government' and 'the Syrian regime' as one actor: holding part, then losing it all", () => {
    const claims = [
      control("k1", "a2", town, {
        actor: ref(null, "Syrian regime"),
        change: "lost",
        extent: "complete",
        source: monitor,
      }),
      control("k2", "a1", town, {
        actor: ref(null, "government"),
        change: "holds",
        extent: "partial",
        source: monitor,
      }),
      control("k3", "a1", town, { actor: ref(null, "jihadist rebels"), extent: "majority", source: monitor }),
      control("k4", "a2", town, { actor: ref(null, "rebels"), extent: "majority", source: ministry }),
    ];
    const [finding] = reconcileStory({ articles, claims, entities });
    expect(finding!.verdict).toBe("update");
    expect(finding!.explanation).toContain(
      "government holds Northtown (partial) → Syrian regime lost Northtown (complete)",
    );
  });

  it("finds a conflict between two sources' words for one side", () => {
    const claims = [
      control("k1", "a1", town, { actor: ref(null, "rebels"), source: monitor }),
      control("k2", "a2", town, { actor: ref(null, "the insurgents"), change: "withdrew", source: ministry }),
    ];
    expect(reconcileStory({ articles, claims, entities })[0]!.verdict).toBe("conflict");
  });

  it("explains an update by the statements that moved between the source's reports", () => {
    const claims = [
      control("k1", "a1", town, { actor: rebels, extent: "partial", source: monitor }),
      control("k2", "a1", town, { actor: army, change: "holds", extent: "partial", source: monitor }),
      control("k3", "a2", town, { actor: rebels, extent: "complete", source: monitor }),
    ];
    const [finding] = reconcileStory({ articles, claims, entities });
    expect(finding!.verdict).toBe("update");
    expect(finding!.explanation).toContain("(partial) → ");
    expect(finding!.explanation).not.toContain("holds");
  });
});

describe("reconcileStory: attack findings", () => {
  it("asks one question per target and kind of attack, by a known attacker when no target is named, else none", () => {
    const town = ref("e-town", "Northtown");
    const claims = [
      attack("k1", "a1", { target: town, weapon: "airstrike", actor: ref("e-air", "the air force") }),
      attack("k2", "a2", { target: town, weapon: "airstrike" }),
      attack("k3", "a2", { target: town, weapon: "assault", actor: ref("e-rebels", "the rebels") }),
      attack("k4", "a1", { weapon: "shelling" }),
      attack("k5", "a1", { weapon: "shelling", actor: ref("e-rebels", "the rebels") }),
      attack("k6", "a2", { weapon: "shelling", actor: ref(null, "the army") }),
    ];
    const findings = reconcileStory({ articles, claims, entities });
    expect(findings.map((f) => [f.topic, f.verdict, f.outlets]).sort()).toEqual([
      ["attack-by:e-rebels:shelling", "single", 1],
      ["attack:e-town:airstrike", "agree", 2],
      ["attack:e-town:assault", "single", 1],
    ]);
  });

  it("takes an attack told by its attacker alone for the story's one attack of that kind with a target", () => {
    const town = ref("e-town", "Northtown");
    const group = ref("e-front", "the Harbour Front");
    const one = reconcileStory({
      articles,
      claims: [
        attack("k1", "a1", { target: town, weapon: "bombing" }),
        attack("k2", "a2", { weapon: "bombing", actor: group }),
      ],
      entities,
    });
    expect(one.map((f) => [f.topic, f.verdict, f.outlets])).toEqual([["attack:e-town:bombing", "agree", 2]]);
    // with two bombed targets, which one the group meant is not told
    const two = reconcileStory({
      articles,
      claims: [
        attack("k1", "a1", { target: town, weapon: "bombing" }),
        attack("k3", "a1", { target: ref("e-port", "Southport"), weapon: "bombing" }),
        attack("k2", "a2", { weapon: "bombing", actor: group }),
      ],
      entities,
    });
    expect(two.map((f) => f.topic).sort()).toEqual([
      "attack-by:e-front:bombing",
      "attack:e-port:bombing",
      "attack:e-town:bombing",
    ]);
  });
});

describe("reconcileStory: breakdowns", () => {
  it("keeps parts that split one group apart, and parts of different groups under their group", () => {
    const claims = [
      casualty("t", "a1", 90, { source: monitor }),
      casualty("p1", "a1", 50, { group: "combatants", groupLabel: "rebels", partOf: "t", source: monitor }),
      casualty("p2", "a1", 30, { group: "combatants", groupLabel: "soldiers", partOf: "t", source: monitor }),
      casualty("p3", "a1", 10, { group: "civilians", groupLabel: "civilians", partOf: "t", source: monitor }),
      casualty("x", "a2", 85, { group: "combatants", groupLabel: "fighters", source: monitor }),
    ];
    const topics = reconcileStory({ articles, claims, entities }).map((f) => [f.topic, f.verdict]);
    expect(topics).toEqual([
      ["killed:all", "single"],
      ["killed:civilians", "single"],
      ["killed:combatants", "single"],
      ["killed:combatants:rebels", "single"],
      ["killed:combatants:soldiers", "single"],
    ]);
  });
});
