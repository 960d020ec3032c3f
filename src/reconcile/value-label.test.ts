import { describe, expect, it } from "vitest";
import { casualty, control, entity, ref } from "../../test/reconcile/claim-builders.js";
import type { FindingValue } from "../model/story.js";
import { casualtyLabel, controlLabel, valueLabel } from "./value-label.js";

const value = (more: Partial<FindingValue>): FindingValue => ({
  claimId: "c1",
  articleId: "a1",
  count: null,
  countMax: null,
  qualifier: null,
  source: null,
  sourceName: "a1",
  outlet: null,
  date: null,
  ...more,
});

describe("labels", () => {
  const entities = new Map([["e-f", entity("e-f", "Front")]]);
  const rows: [string, string][] = [
    [casualtyLabel(casualty("c", "a", 28, { group: "civilians" })), "28 civilians killed"],
    [
      casualtyLabel(casualty("c", "a", 183, { group: "combatants", groupLabel: "rebels" })),
      "183 rebels killed",
    ],
    [
      casualtyLabel(casualty("c", "a", 5, { outcome: "injured", qualifier: "at-least" })),
      "at least 5 injured",
    ],
    [
      casualtyLabel(
        casualty("c", "a", 2, { outcome: "injured", group: "other", groupLabel: "in critical condition" }),
      ),
      "2 injured in critical condition",
    ],
    [
      casualtyLabel(casualty("c", "a", 4, { groupLabel: "bodies", increment: true, additional: true })),
      "4 more bodies",
    ],
    [casualtyLabel(casualty("c", "a", 3, { group: "other", groupLabel: "of the dead" })), "3 of the dead"],
    [
      controlLabel(
        control("k", "a", ref(null, "Hill 4"), { actor: ref("e-f", "it"), change: "withdrew" }),
        entities,
      ),
      "Front withdrew from Hill 4",
    ],
    [
      controlLabel(control("k", "a", ref(null, "Hill 4"), { change: "holds", extent: "partial" }), entities),
      "Hill 4 held (partial)",
    ],
    [
      controlLabel(
        control("k", "a", ref(null, "Hill 4"), { actor: ref(null, "Government forces"), change: "holds" }),
        entities,
      ),
      "Government forces hold Hill 4",
    ],
    [
      controlLabel(
        control("k", "a", ref(null, "Hill 4"), { actor: ref(null, "allied factions"), change: "contested" }),
        entities,
      ),
      "allied factions contest Hill 4",
    ],
    [
      controlLabel(
        control("k", "a", ref(null, "Hill 4"), {
          actor: ref(null, "Syrian Democratic Forces"),
          change: "holds",
        }),
        entities,
      ),
      "Syrian Democratic Forces holds Hill 4",
    ],
    [
      controlLabel(
        control("k", "a", ref(null, "Hill 4"), { actor: ref(null, "the press"), change: "holds" }),
        entities,
      ),
      "the press holds Hill 4",
    ],
    [valueLabel(value({ label: "set" })), "set"],
    [valueLabel(value({ count: 12, qualifier: "about" })), "about 12"],
    [valueLabel(value({})), "c1"],
  ];
  it.each(rows)("%s", (got, expected) => expect(got).toBe(expected));
});
