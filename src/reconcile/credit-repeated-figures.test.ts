import { describe, expect, it } from "vitest";
import { casualty, ref } from "../../test/reconcile/claim-builders.js";
import type { Claim } from "../model/claim.js";
import { creditRepeatedFigures } from "./credit-repeated-figures.js";

const monitor = ref("e-m", "the monitor");

describe("creditRepeatedFigures", () => {
  const rows: [string, Claim[], (string | null)[]][] = [
    [
      "the lede's figure is credited to the body's source",
      [casualty("c1", "a1", 320), casualty("c2", "a1", 320, { source: monitor })],
      ["e-m", "e-m"],
    ],
    [
      "another article's figure is not",
      [casualty("c1", "a2", 320), casualty("c2", "a1", 320, { source: monitor })],
      [null, "e-m"],
    ],
    [
      "another group or count is not",
      [
        casualty("c1", "a1", 320, { group: "civilians" }),
        casualty("c2", "a1", 321),
        casualty("c3", "a1", 320, { source: monitor }),
      ],
      [null, null, "e-m"],
    ],
  ];
  it.each(rows)("%s", (_name, claims, sources) => {
    const before = claims.map((c) => c.source);
    expect(creditRepeatedFigures(claims).map((c) => c.source?.entityId ?? null)).toEqual(sources);
    expect(claims.map((c) => c.source)).toEqual(before);
  });
});
