import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("breaks at full stops before a capital and at line ends", () => {
    expect(texts("Rain fell in Tarvo. The river rose.\nSchools closed")).toEqual([
      "Rain fell in Tarvo.",
      "The river rose.",
      "Schools closed",
    ]);
  });

  it("keeps abbreviations and initials inside a sentence", () => {
    expect(texts("Gen. Ama Osei met J. Ruiz in Tarvo. Talks went on.")).toEqual([
      "Gen. Ama Osei met J. Ruiz in Tarvo.",
      "Talks went on.",
    ]);
  });

  it("keeps a dateline's state abbreviation inside the first sentence", () => {
    expect(texts("ELMWOOD, Wis. (Lake Wire) - A barn burned. Nobody was hurt.")).toEqual([
      "ELMWOOD, Wis. (Lake Wire) - A barn burned.",
      "Nobody was hurt.",
    ]);
    // elsewhere the abbreviation may end a sentence
    expect(texts("She moved to Erie, Pa. Her son stayed.")).toEqual([
      "She moved to Erie, Pa.",
      "Her son stayed.",
    ]);
  });

  it("leaves a list item's bullet or number out of its sentence, with offsets to match", () => {
    const text =
      "Key points\n- Troops entered Tarvo on Monday.\n\u2022 Six people died.\n2. The bridge is closed.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Key points",
      "Troops entered Tarvo on Monday.",
      "Six people died.",
      "The bridge is closed.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a dash or a number that belongs to the sentence", () => {
    expect(texts("-5 degrees overnight.\n12 people were hurt.\n- ")).toEqual([
      "-5 degrees overnight.",
      "12 people were hurt.",
      "-",
    ]);
  });
});
