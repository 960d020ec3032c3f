import { describe, expect, it } from "vitest";
import { DuplicateIndex } from "./duplicate-index.js";
import { signature, signatureSimilarity } from "./minhash.js";
import { CLUSTER_SETTINGS } from "./settings.js";

const ORIGINAL =
  "A fire broke out late on Tuesday in a textile warehouse on the northern edge of Vellmar, and crews " +
  "from three stations fought the blaze for six hours before bringing it under control. The owner said " +
  "the building held winter stock and that nobody was inside when the alarm sounded. Two firefighters " +
  "were treated for smoke inhalation at the regional hospital and released the same night. Investigators " +
  "will return to the site on Thursday to look for the cause, the district fire chief told reporters.";
const WIRE_COPY = `${ORIGINAL} More details will follow.`;
const LIGHT_REWRITE = ORIGINAL.replace("late on Tuesday", "on Tuesday night")
  .replace("six hours", "nearly six hours")
  .replace("told reporters", "said");
const OTHER_STORY =
  "The city council of Vellmar approved a new budget on Wednesday that raises spending on schools and " +
  "roads, after a debate that lasted most of the afternoon. The mayor said the plan would not raise taxes.";

const template = (town: string, dead: number, hurt: number, chief: string) =>
  `A flood swept through ${town} on Sunday, killing ${dead} people and injuring ${hurt} others, officials said. ` +
  `Rescue teams reached ${town} overnight and moved residents to shelters, said ${chief}, head of the local ` +
  `emergency office. The ${town} district council will meet on Monday to count the damage.`;
const FORMULA_A = template("Orvel", 4, 12, "Mara Lind");
const FORMULA_B = template("Castrel", 9, 30, "Jon Ebbe");

describe("signature", () => {
  it.each([
    [ORIGINAL, ORIGINAL, 1, 1],
    [ORIGINAL, WIRE_COPY, 0.8, 1],
    [ORIGINAL, LIGHT_REWRITE, 0.55, 1],
    [ORIGINAL, OTHER_STORY, 0, 0.1],
  ])("similarity of pair %#", (a, b, low, high) => {
    const similarity = signatureSimilarity(signature(a), signature(b));
    expect(similarity).toBeGreaterThanOrEqual(low);
    expect(similarity).toBeLessThanOrEqual(high);
  });
  it("is 64 hashes of 8 hex digits", () => {
    expect(signature("short text")).toMatch(/^[0-9a-f]{512}$/);
  });
});

describe("DuplicateIndex", () => {
  it.each([
    [
      [ORIGINAL, WIRE_COPY],
      [null, "a0"],
    ],
    [
      [ORIGINAL, LIGHT_REWRITE, WIRE_COPY],
      [null, "a0", "a0"],
    ],
    [
      [ORIGINAL, OTHER_STORY],
      [null, null],
    ],
    [
      [OTHER_STORY, ORIGINAL, LIGHT_REWRITE],
      [null, null, "a1"],
    ],
    // the same formula about another event (other town, figures, names) is not a copy
    [
      [FORMULA_A, FORMULA_B],
      [null, null],
    ],
  ])("sequence %#", (texts, expected) => {
    const index = new DuplicateIndex(CLUSTER_SETTINGS.duplicateSimilarity);
    expect(texts.map((text, i) => index.add(`a${i}`, signature(text)))).toEqual(expected);
  });
});

describe("DuplicateIndex at a larger size", () => {
  /** A text of 60 words drawn from a small vocabulary by a seeded generator: unrelated texts share little. */
  const randomText = (seed: number) => {
    const words = [
      "harbour",
      "council",
      "river",
      "market",
      "school",
      "bridge",
      "storm",
      "train",
      "field",
      "mayor",
    ];
    let state = seed * 2654435761;
    const out: string[] = [];
    for (let i = 0; i < 60; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      out.push(`${words[state % words.length]}${(state >>> 8) % 50}`);
    }
    return out.join(" ");
  };

  it("still finds the copy of an early article after a thousand others have grown its tables", () => {
    const index = new DuplicateIndex(CLUSTER_SETTINGS.duplicateSimilarity);
    const copies: (string | null)[] = [];
    for (let i = 0; i < 1000; i++) copies.push(index.add(`a${i}`, signature(randomText(i))));
    expect(copies.filter((c) => c !== null)).toEqual([]);
    expect(index.add("copy-of-a3", signature(`${randomText(3)} Updated.`))).toBe("a3");
    expect(index.add("copy-of-a998", signature(randomText(998)))).toBe("a998");
  });
});
