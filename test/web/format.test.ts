import { describe, expect, it } from "vitest";
import { formatDateRange, formatFigure, formatToll, formatTopic, hrefArticle } from "../../web/src/format.js";

describe("web formatting", () => {
  it.each([
    [{ killed: 412, injured: null }, "412 killed"],
    [{ killed: 1200, injured: 30 }, "1,200 killed, 30 injured"],
    [{ killed: null, injured: 5 }, "5 injured"],
    [{ killed: null, injured: null }, ""],
    [{ killed: 0, injured: null }, "0 killed"],
  ])("formatToll(%o) = %s", (counts, expected) => expect(formatToll(counts)).toBe(expected));

  it.each([
    [null, null, "undated"],
    ["2024-11-30", null, "2024-11-30"],
    ["2024-11-30T10:00:00Z", "2024-11-30T18:00:00Z", "2024-11-30"],
    ["2024-11-29", "2024-12-02T08:00:00Z", "2024-11-29 – 2024-12-02"],
  ])("formatDateRange(%s, %s) = %s", (a, b, expected) => expect(formatDateRange(a, b)).toBe(expected));

  it.each([
    [{ count: 311, qualifier: "at-least" }, "at least 311"],
    [{ count: 40, qualifier: "exact" }, "40"],
    [{ count: 10, qualifier: "range", countMax: 15 }, "10–15"],
    [{ count: 2500, qualifier: "about" }, "about 2,500"],
    [{ count: null, qualifier: null, label: "captured (majority)" }, "captured (majority)"],
    [{ count: null, qualifier: null }, "–"],
  ])("formatFigure(%o) = %s", (figure, expected) => expect(formatFigure(figure)).toBe(expected));

  const names = new Map([
    ["e-7", "Riverton"],
    ["e-hts", "Hay-Tahrir"],
  ]);
  it.each([
    ["killed:all", "killed"],
    ["killed:civilians", "killed (civilians)"],
    ["killed:combatants:pro-government-forces", "killed (combatants, pro government forces)"],
    ["injured:other:seriously", "injured (seriously)"],
    ["killed:other", "killed (other)"],
    ["control:e-7", "control of Riverton"],
    ["attack:e-7:airstrike", "airstrikes on Riverton"],
    ["attack:e-7:drone", "drone strikes on Riverton"],
    ["attack:e-unknown:shelling", "shelling of e-unknown"],
    ["control:~umm-keddada-airstrip", "control of Umm Keddada Airstrip"],
    ["attack-by:e-7:assault", "assault by Riverton"],
    ["attack-by:e-hts:drone", "drone strikes by Hay-Tahrir"],
  ])("formatTopic(%s) = %s", (topic, expected) => expect(formatTopic(topic, names)).toBe(expected));
  it("reads a group as the reports wrote it when the brief's claims give its label", () => {
    const groups = new Map([["pro-government-forces", "pro-government forces"]]);
    expect(formatTopic("killed:combatants:pro-government-forces", names, groups)).toBe(
      "killed (combatants, pro-government forces)",
    );
  });

  const hrefRows: [Parameters<typeof hrefArticle>, string][] = [
    [["a/1 b"], "#/article/a%2F1%20b"],
    [["x", 3, 9, "s-1"], "#/article/x?hl=3-9&story=s-1"],
    [
      ["https://example.org/a?b=c", undefined, undefined, "s-2"],
      "#/article/https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc?story=s-2",
    ],
  ];
  it.each(hrefRows)("hrefArticle(%o) = %s", (args, expected) => expect(hrefArticle(...args)).toBe(expected));
});
