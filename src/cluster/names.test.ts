import { describe, expect, it } from "vitest";
import { nameKeys, properNames } from "./names.js";

describe("properNames", () => {
  it.each([
    ["Ana Ruiz met Omar Haddad in Lisbon.", ["Ana Ruiz", "Omar Haddad", "Lisbon"]],
    ["Police said the police car was hit. The Mayor of Dunmore spoke.", ["Mayor", "Dunmore"]],
    ["Storm Clara's winds hit Norway's coast", ["Storm Clara", "Norway"]],
    ["The firm. Harbor Bank fell", ["Harbor Bank"]],
  ])("%s", (input, expected) => {
    expect(properNames(input)).toEqual(expected);
  });
});

describe("nameKeys", () => {
  it.each([
    [
      ["Ana Ruiz", "Lisbon"],
      ["ana", "ruiz", "lisbon"],
    ],
    [["J. Smith"], ["smith"]],
  ])("%j", (input, expected) => {
    expect(nameKeys(input)).toEqual(expected);
  });
});
