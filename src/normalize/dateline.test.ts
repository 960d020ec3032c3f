import { describe, expect, it } from "vitest";
import { datelineLength } from "./dateline.js";

const rest = (sentence: string) => sentence.slice(datelineLength(sentence));

describe("datelineLength", () => {
  it.each([
    ["ANKARA, March 18 (GRW) - The toll rose to 14.", "The toll rose to 14."],
    ["PITTSBURGH - Police say a boy is in critical condition.", "Police say a boy is in critical condition."],
    ["BELPRE, Ohio (WTAP) -- Two people were injured.", "Two people were injured."],
    ["KHARTOUM (Reuters) — Fighting resumed on Monday.", "Fighting resumed on Monday."],
    ["EL FASHER, Sudan, March 12 – Rebels took the town.", "Rebels took the town."],
    ["KHARTOUM/PORT SUDAN, March 12 (Horn Wire) - Fighting spread.", "Fighting spread."],
  ])("%s", (sentence, after) => expect(rest(sentence)).toBe(after));

  it.each([
    "Rebels captured the town - a major blow.",
    "Update - the toll has risen.",
    "A ferry sank off Lamu on Tuesday.",
    "UN envoys met on Monday.",
  ])("finds no dateline in %s", (sentence) => expect(datelineLength(sentence)).toBe(0));
});
