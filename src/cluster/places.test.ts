import { describe, expect, it } from "vitest";
import { isCountryName, isKnownPlace, placeKeys } from "./places.js";

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

describe("isKnownPlace", () => {
  it.each([
    ["Peru", true],
    ["Wichita", true],
    ["Harbor Bank", false],
    ["Reggie", false],
  ])("%s -> %s", (name, expected) => {
    expect(isKnownPlace(name)).toBe(expected);
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
