import { describe, expect, it } from "vitest";
import { article, casualty, ref } from "../../test/reconcile/claim-builders.js";
import type { Claim } from "../model/claim.js";
import { reconcileStory } from "../reconcile/reconcile-story.js";
import { briefToll } from "./render/brief-view.js";
import { disputedFigureNotes, supersededClaimIds } from "./superseded-claims.js";

const monitor = ref("e-m", "the monitor");
const ministry = ref("e-h", "the ministry");
const articles = ["a1", "a2", "a3"].map((id) => article(id, { outlet: id }));

describe("supersededClaimIds", () => {
  const rows: [string, Claim[], string[]][] = [
    [
      "a source's earlier figure is replaced by its later one",
      [casualty("c1", "a1", 40, { source: monitor }), casualty("c2", "a2", 75, { source: monitor })],
      ["c1"],
    ],
    [
      "an other source's lower, incompatible figure in an update is outdated",
      [
        casualty("c1", "a1", 40, { source: monitor }),
        casualty("c2", "a2", 75, { source: monitor }),
        casualty("c3", "a3", 50),
      ],
      ["c1", "c3"],
    ],
    [
      "in a conflict each source's latest figure stands",
      [
        casualty("c1", "a1", 30, { source: ministry }),
        casualty("c2", "a2", 80, { source: monitor }),
        casualty("c3", "a3", 90, { source: monitor }),
      ],
      ["c2"],
    ],
    [
      "in a conflict, a toll a higher figure of a later day overtook is outdated",
      [
        casualty("c1", "a1", 30, { source: ministry, eventDate: "2024-03-01" }),
        casualty("c2", "a2", 80, { source: monitor, eventDate: "2024-03-02" }),
        casualty("c3", "a3", 90, { eventDate: "2024-03-02" }),
      ],
      ["c1"],
    ],
    [
      "a later bound of a source's own figure does not replace it",
      [
        casualty("c1", "a1", 51, { source: monitor, eventDate: "2024-03-01" }),
        casualty("c2", "a2", 17, { qualifier: "at-least", source: monitor, eventDate: "2024-03-02" }),
      ],
      ["c2"],
    ],
    [
      "a compatible hedged figure is not outdated",
      [casualty("c1", "a1", 40, { qualifier: "at-least" }), casualty("c2", "a2", 75)],
      [],
    ],
  ];
  it.each(rows)("%s", (_name, claims, expected) => {
    const findings = reconcileStory({ articles, claims, entities: [] });
    expect([...supersededClaimIds(findings)].sort()).toEqual(expected);
  });
});

describe("disputedFigureNotes", () => {
  it("notes the figures a conflict disputes, naming the best and lowest figures and sources", () => {
    const claims = [
      casualty("c1", "a1", 30, { source: ministry }),
      casualty("c2", "a2", 90, { source: monitor }),
      casualty("c3", "a3", 90, { qualifier: "at-least", source: monitor }),
    ];
    const notes = disputedFigureNotes(reconcileStory({ articles, claims, entities: [] }));
    expect([...notes.keys()]).toEqual(["c1"]);
    expect(notes.get("c1")).toBe(
      "disputed: sources conflict (best 90 killed, the monitor; lowest 30 killed, the ministry)",
    );
  });

  it("names the highest figure against the best when the best source's figure is the lowest", () => {
    const claims = [
      casualty("c1", "a1", 900, { qualifier: "about", source: monitor }),
      casualty("c2", "a2", 900, { qualifier: "about", source: monitor }),
      casualty("c3", "a3", 3000, { qualifier: "about", source: ministry }),
    ];
    const findings = reconcileStory({ articles, claims, entities: [] });
    expect(disputedFigureNotes(findings).get("c3")).toBe(
      "disputed: sources conflict (best about 900 killed, the monitor; highest about 3,000 killed, the ministry)",
    );
    expect(briefToll(findings)).toBe("about 900 killed (sources conflict; highest about 3,000)");
  });

  it("tells the missing and the kidnapped in the toll after the dead and the injured", () => {
    const claims = [
      casualty("c1", "a1", 40, { source: monitor }),
      casualty("c2", "a2", 120, { outcome: "missing", source: ministry }),
      casualty("c3", "a2", 15, { outcome: "kidnapped", source: ministry }),
    ];
    const findings = reconcileStory({ articles, claims, entities: [] });
    expect(briefToll(findings)).toBe("40 killed, 120 missing, 15 kidnapped");
  });

  it("notes nothing without a conflict", () => {
    const claims = [
      casualty("c1", "a1", 40, { source: monitor }),
      casualty("c2", "a2", 75, { source: monitor }),
    ];
    expect(disputedFigureNotes(reconcileStory({ articles, claims, entities: [] })).size).toBe(0);
  });
});
