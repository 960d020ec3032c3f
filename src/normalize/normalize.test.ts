import { describe, expect, it } from "vitest";
import { contentFingerprint } from "./fingerprint.js";
import { detectLanguage } from "./language.js";
import { normalizeText } from "./normalize-text.js";

describe("normalizeText", () => {
  const cases: [string, string, string][] = [
    [
      "curly quotes",
      "\u201cWe will stay,\u201d she said. It\u2019s late.",
      '"We will stay," she said. It\'s late.',
    ],
    [
      "dashes and spaces",
      "The toll rose \u2014 sharply\u00a0\u2013  again.",
      "The toll rose - sharply - again.",
    ],
    [
      "hashtag run",
      "Rescuers dug all night.\n#Quake #Rescue #Help\nThe search goes on.",
      "Rescuers dug all night.\nThe search goes on.",
    ],
    [
      "related articles",
      "Shelling hit the market.\nRelated Articles\nThe mayor spoke.",
      "Shelling hit the market.\nThe mayor spoke.",
    ],
    [
      "share prompt",
      "The bridge reopened.\nShare this article\nTraffic resumed.",
      "The bridge reopened.\nTraffic resumed.",
    ],
    [
      "glued 'the'",
      "Troops left Kassala on Monday. They reached Kassalathe next day.",
      "Troops left Kassala on Monday. They reached Kassala the next day.",
    ],
    ["glued 'mostly'", "At least 40 were deadmostly fighters.", "At least 40 were dead mostly fighters."],
    [
      "a name with a short ending is a word of its own, not a name glued to 'an'",
      "Fires hit Hawaii and Chile on Tuesday. The Hawaiian island of Maui and Chilean towns burned.",
      "Fires hit Hawaii and Chile on Tuesday. The Hawaiian island of Maui and Chilean towns burned.",
    ],
    [
      "a name glued to 'an' is still split",
      "Troops loyal to Vorbec left, and Vorbecan aide said so.",
      "Troops loyal to Vorbec left, and Vorbec an aide said so.",
    ],
    [
      "real word kept",
      "Another convoy arrived; the clothing was distributed.",
      "Another convoy arrived; the clothing was distributed.",
    ],
    [
      "unknown capital head kept",
      "Officials in Brazzavillethe said nothing.",
      "Officials in Brazzavillethe said nothing.",
    ],
  ];
  it.each(cases)("%s", (_name, raw, expected) => {
    expect(normalizeText(raw).text).toBe(expected);
  });

  it("maps offsets back to the original text", () => {
    const raw = "#a #b #c\nFighters reached Kassalathe town \u2014 412 dead.\nKassala fell.";
    const n = normalizeText(raw);
    for (const word of ["412", "town", "Fighters", "fell"]) {
      const at = n.text.indexOf(word);
      expect(raw.slice(n.toOriginal(at), n.toOriginal(at) + word.length)).toBe(word);
    }
  });

  it("drops a byline repeated as a text line", () => {
    expect(normalizeText("By Jane Doe\nThe port reopened.", { byline: "Jane Doe" }).text).toBe(
      "The port reopened.",
    );
  });
});

describe("detectLanguage", () => {
  it.each([
    ["en", "The council approved the new budget for buses and trams after a long debate on Tuesday evening."],
    ["fr", "Le conseil municipal a approuvé mardi soir le nouveau budget consacré aux bus et aux tramways."],
    ["und", "Short."],
  ])("%s", (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe("contentFingerprint", () => {
  it("ignores case and spacing but not words", () => {
    expect(contentFingerprint("Title", "A  b\nc")).toBe(contentFingerprint("title", "a b c"));
    expect(contentFingerprint("Title", "a b c")).not.toBe(contentFingerprint("Title", "a b d"));
  });
});
