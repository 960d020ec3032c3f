import { describe, expect, it } from "vitest";
import { isCountryName, isKnownPlace, placeKeys, placesCompatible, placesDisjoint } from "./places.js";

describe("isCountryName and isKnownPlace", () => {
  // name, a country?, a country or a town of the gazetteer big enough to be taken from a bare name?
  it.each([
    ["Peru", true, true],
    ["New Zealand", true, true],
    ["Wichita", false, true],
    ["Harbor Bank", false, false],
    ["Reggie", false, false],
  ])("%s -> country %s, known place %s", (name, country, known) => {
    expect(isCountryName(name)).toBe(country);
    expect(isKnownPlace(name)).toBe(known);
  });
});

describe("placeKeys", () => {
  it.each([
    [["Ana Ruiz", "Chile"], undefined, ["chile"]],
    [["Ana Ruiz"], ["Valparaiso"], ["valparaiso"]],
    [["Chile"], ["chile"], ["chile"]],
    // a big town inside a longer name is a place; a small town's name as a first name is not
    [["Tulsa Police Officer Jillian Roberson"], undefined, ["tulsa"]],
    [["Ana Ruiz", "Peru"], undefined, ["peru"]],
    // places given by the extractor are taken as they are, even none
    [["Chile"], [], []],
  ])("%j + %j", (names, given, expected) => {
    expect(placeKeys(names, given)).toEqual(expected);
  });
});

describe("placesCompatible and placesDisjoint", () => {
  // a country and a town in it may be one scene; two towns, or a town and another country, are not
  it.each([
    ["goma", "goma", true],
    ["congo", "goma", true],
    ["goma", "congo", true],
    ["syria", "aleppo", true],
    ["turkey", "aleppo", false],
    ["kinshasa", "goma", false],
    ["syria", "turkey", false],
  ])("%s and %s -> %s", (a, b, expected) => {
    expect(placesCompatible(a, b)).toBe(expected);
  });

  it("finds a conflict only when no place of the article can be one of the story's", () => {
    const story = new Map([["goma", 2]]);
    expect(placesDisjoint(["congo"], story)).toBe(false);
    expect(placesDisjoint(["kinshasa", "congo"], story)).toBe(false);
    expect(placesDisjoint(["kinshasa"], story)).toBe(true);
    expect(placesDisjoint([], story)).toBe(false);
  });
});
