import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractAttacks } from "./extract-attacks.js";

const attacks = (text: string) =>
  extractAttacks(buildExtractContext({ articleId: "t", text, published: null })).map((c) => ({
    weapon: c.weapon,
    actor: c.actor?.text ?? null,
    target: c.target?.text ?? null,
  }));

const rows: [string, { weapon: string; actor: string | null; target: string | null }[]][] = [
  ["Russian airstrikes hit Marsa overnight.", [{ weapon: "airstrike", actor: "Russian", target: null }]],
  ["Warplanes bombed a market in Doran on Friday.", [{ weapon: "airstrike", actor: null, target: "Doran" }]],
  ["Rebel shelling of Kessel killed two people.", [{ weapon: "shelling", actor: "Rebel", target: null }]],
  ["A car bomb exploded near the port of Varna.", [{ weapon: "bombing", actor: null, target: null }]],
  [
    "Police said a gunman opened fire at a mall in Ostra.",
    [{ weapon: "shooting", actor: null, target: "Ostra" }],
  ],
  ["The festival drew large crowds.", []],
];

describe("extractAttacks", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(attacks(input)).toEqual(expected);
  });
});
