import { describe, expect, it } from "vitest";
import { entity, ref } from "../../test/reconcile/claim-builders.js";
import { entityRefKey, entityRefName, slugOf } from "./entity-ref-key.js";

describe("entityRefKey and entityRefName", () => {
  const entities = new Map([["e-1", entity("e-1", "Lake Rights Watch")]]);
  const rows: [string, ReturnType<typeof ref> & { name?: string }, string, string][] = [
    ["a resolved entity", ref("e-1", "LRW"), "e-1", "Lake Rights Watch"],
    [
      "an acronym the article defines",
      { ...ref(null, "LRW"), name: "Lake Rights Watch" },
      "~lake-rights-watch",
      "Lake Rights Watch",
    ],
    ["bare text", ref(null, "the Watch"), "~the-watch", "the Watch"],
  ];
  it.each(rows)("%s", (_name, r, key, name) => {
    expect(entityRefKey(r)).toBe(key);
    expect(entityRefName(r, entities)).toBe(name);
  });

  it("slugs accents and punctuation away", () => expect(slugOf("  Élan, Vital! ")).toBe("elan-vital"));
});
