import { describe, expect, it } from "vitest";
import { isCountryName, placeKeys } from "./places.js";

describe("isCountryName", () => {
  it.each([
    ["Peru", true],
    ["New Zealand", true],
    ["Harbor Bank", false],
    ["Ana", false],
  ])("%s -> %s", (name, expected) => {
    expect(isCountryName(name)).toBe(expected);
  });
});

describe("placeKeys", () => {
  it.each([
    [["Ana Ruiz", "Chile"], undefined, ["chile"]],
    [["Ana Ruiz"], ["Valparaiso"], ["valparaiso"]],
    [["Chile"], ["chile"], ["chile"]],
  ])("%j + %j", (names, given, expected) => {
    expect(placeKeys(names, given)).toEqual(expected);
  });
});
