import { describe, expect, it } from "vitest";
import { foldForSearch, searchWords } from "./search-text.js";

describe("foldForSearch", () => {
  it.each([
    ["Malmö", "malmo"],
    ["São Tomé", "sao tome"],
    ["ÇANAKKALE", "canakkale"],
    ["Kraków's mayor", "krakow's mayor"],
    ["plain words", "plain words"],
  ])("%s -> %s", (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe("searchWords", () => {
  it.each([
    ["harbour fire", ["harbour", "fire"]],
    ['"Déjà vu" & OR !', ["deja", "vu", "or"]],
    ["  --  ", []],
    ["al-Bab 2024", ["al", "bab", "2024"]],
  ])("%s", (query, expected) => {
    expect(searchWords(query)).toEqual(expected);
  });
});
