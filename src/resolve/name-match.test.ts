import { describe, expect, it } from "vitest";
import type { EntityType } from "../model/index.js";
import { nameBlockingKeys } from "./blocking-keys.js";
import { isSurnameOf, sameName } from "./name-match.js";

describe("sameName", () => {
  const cases: [string, string, EntityType, boolean][] = [
    ["Abbas Araghchi", "Abbas Arraghchi", "person", true],
    ["Saraqib", "Saraqab", "place", true],
    ["Türkiye", "Turkey", "place", true],
    ["Ivory Coast", "Côte d’Ivoire", "place", true],
    ["Jaysh al-Nasr", "Jaysh al Nasr", "organization", true],
    ["Haitham Abdelrahim", "Haytham Abdel Rahim", "person", true],
    ["Kafr Nabudah", "Kafr Nabouda", "place", true],
    ["Yevgeny Morozov", "Yevgeniy Morozov", "person", true],
    ["Youssef Karimzadeh", "Yusuf Karimzade", "person", true],
    // a person's name in Ukrainian and in Russian spelling; an h at the start stays an h
    ["Oleh Syniehubov", "Oleg Sinegubov", "person", true],
    ["Tom Hill", "Tom Gill", "person", false],
    ["Iran", "Iraq", "place", false],
    ["Austria", "Australia", "place", false],
    ["Syria", "Syrian Observatory", "organization", false],
    ["Karim Haddad", "Karim Hamdan", "person", false],
    ["National Security Council", "UN Security Council", "organization", false],
    ["Sudan", "Port Sudan", "place", false],
  ];
  it.each(cases)("%s / %s (%s): %s", (a, b, type, expected) => {
    expect(sameName(a, b, type)).toBe(expected);
    if (expected) {
      const shared = nameBlockingKeys(a).filter((k) => nameBlockingKeys(b).includes(k));
      expect(shared.length).toBeGreaterThan(0);
    }
  });
});

describe("isSurnameOf", () => {
  const cases: [string, string, boolean][] = [
    ["Assad", "Bashar al-Assad", true],
    ["Lindqvist", "Marta Lindqvist", true],
    ["Marta", "Marta Lindqvist", false],
    ["Lindqvist", "Lindqvist", false],
  ];
  it.each(cases)("%s of %s: %s", (short, full, expected) => expect(isSurnameOf(short, full)).toBe(expected));
});
