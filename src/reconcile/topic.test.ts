import { describe, expect, it } from "vitest";
import { topicKeyName } from "./topic.js";

describe("topicKeyName", () => {
  it("reads an unresolved name from its slug, small words kept small", () => {
    const names = new Map([["e-1", "Norland"]]);
    expect(topicKeyName("~kessel-airport", names)).toBe("Kessel Airport");
    expect(topicKeyName("~the-embassy-of-norland", names)).toBe("the Embassy of Norland");
    expect(topicKeyName("e-1", names)).toBe("Norland");
  });
});
