import { describe, expect, it } from "vitest";
import { foldName, nameKey, skeletonKey } from "./fold-name.js";
import { jaroWinkler } from "./jaro-winkler.js";

describe("foldName", () => {
  const cases: [string, string][] = [
    ["Türkiye", "turkiye"],
    ["Tall Rif‘at", "tall rifat"],
    ["Al-Fāshir", "al fashir"],
    ["  Straße  ", "strasse"],
    ["O'Neill-Smith", "oneill smith"],
  ];
  it.each(cases)("%s -> %s", (input, expected) => expect(foldName(input)).toBe(expected));
});

describe("nameKey: transliteration variants share one key", () => {
  const cases: [string, string][] = [
    ["Tall Rif'at", "Tal Rifat"],
    ["Hamah", "Hama"],
    ["Abbas Arraghchi", "Abbas Araghchi"],
    ["Hayat Tahrir al-Sham", "Hayat Tahrir al Sham"],
    ["Youssef Karimzadeh", "Yusef Karimzade"],
    ["Qaryat an-Nour", "Qaryat Nur"],
  ];
  it.each(cases)("%s = %s", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it("is the same as folding, dropping articles and spelling each token", () => {
    expect(nameKey("Bashar al-Assad")).toBe("bashar asad");
    expect(nameKey("Qasr ash-Shamali")).toBe("qasr shamali");
  });
});

describe("skeletonKey", () => {
  const cases: [string, string, boolean][] = [
    ["Saraqib", "Saraqab", true],
    ["Dar Kinanah", "Dar Kenana", true],
    ["Iran", "Iraq", false],
    ["Homs", "Hama", false],
  ];
  it.each(cases)("%s ~ %s: %s", (a, b, same) => expect(skeletonKey(a) === skeletonKey(b)).toBe(same));
});

describe("jaroWinkler", () => {
  const cases: [string, string, number][] = [
    ["martha", "marhta", 0.961],
    ["dwayne", "duane", 0.84],
    ["dixon", "dicksonx", 0.813],
    ["abc", "abc", 1],
    ["abc", "xyz", 0],
  ];
  it.each(cases)("%s / %s = %f", (a, b, expected) => expect(jaroWinkler(a, b)).toBeCloseTo(expected, 2));
});
