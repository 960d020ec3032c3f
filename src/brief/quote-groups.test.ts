import { describe, expect, it } from "vitest";
import { entity, quote, ref } from "../../test/reconcile/claim-builders.js";
import type { EntityRef } from "../model/claim.js";
import { groupQuotes, quoteText } from "./quote-groups.js";

const mayor = ref("e-mayor", "Mayor Ilse Brandt");
const q = (id: string, articleId: string, words: string, speaker: EntityRef | null = mayor) =>
  quote(id, articleId, { speaker, quote: words });

describe("groupQuotes", () => {
  it("gives each distinct quote once, with every report carrying it", () => {
    const groups = groupQuotes(
      [
        q("q1", "a1", "We will rebuild the pier,"),
        q("q2", "a2", "we will rebuild the pier"),
        q("q3", "a2", "The ferries run again on Monday."),
      ],
      [entity("e-mayor", "Ilse Brandt", { type: "person" })],
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.speaker).toBe("Ilse Brandt");
    expect(groups[0]!.lines.map((l) => [l.text, l.claims.map((c) => c.articleId)])).toEqual([
      ["We will rebuild the pier", ["a1", "a2"]],
      ["The ferries run again on Monday.", ["a2"]],
    ]);
  });

  it("puts the most quoted speakers first and unattributed quotes last", () => {
    const chief = ref(null, "the fire chief");
    const groups = groupQuotes(
      [
        q("q1", "a1", "Nobody saw it coming.", null),
        q("q2", "a1", "The hall is safe.", chief),
        q("q3", "a1", "We will rebuild the pier"),
        q("q4", "a2", "We will rebuild the pier"),
      ],
      [],
    );
    expect(groups.map((g) => g.speaker)).toEqual(["Mayor Ilse Brandt", "the fire chief", null]);
  });

  it("drops the punctuation that hands over to the speaker", () => {
    expect(quoteText("We left with nothing, not even water, ")).toBe("We left with nothing, not even water");
    expect(quoteText("Is anyone still there?")).toBe("Is anyone still there?");
  });
});
