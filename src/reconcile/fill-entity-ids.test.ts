import { describe, expect, it } from "vitest";
import { casualty, control, entity, ref } from "../../test/reconcile/claim-builders.js";
import type { EntityRef } from "../model/claim.js";
import { fillEntityIds } from "./fill-entity-ids.js";

const entities = [
  entity("e-w", "Lake Rights Watch", { aliases: ["LRW", "the Watch"] }),
  entity("e-t", "Korvel", { type: "place", aliases: ["Korvell"] }),
  entity("e-x", "Korvel Port", { aliases: ["Port"] }),
  entity("e-y", "Port Authority", { aliases: ["Port"] }),
];

describe("fillEntityIds", () => {
  const rows: [string, EntityRef & { name?: string }, string | null][] = [
    ["an alias", ref(null, "LRW"), "e-w"],
    ["'the' and case are ignored", ref(null, "the watch"), "e-w"],
    ["the defined full name", { ...ref(null, "the group"), name: "Lake Rights Watch" }, "e-w"],
    ["an ambiguous alias stays unresolved", ref(null, "Port"), null],
    ["an unknown name stays unresolved", ref(null, "Harbour Police"), null],
    ["a resolved reference keeps its id", ref("e-y", "LRW"), "e-y"],
  ];
  it.each(rows)("%s", (_name, source, expected) => {
    const [claim] = fillEntityIds([casualty("c1", "a1", 3, { source })], entities);
    expect(claim!.source?.entityId ?? null).toBe(expected);
  });

  it("names a facility after a place by the place's canonical name, without taking the place's id", () => {
    const [claim] = fillEntityIds([control("k1", "a1", ref(null, "Korvell airstrip"))], entities);
    expect(claim!.kind === "control" && claim!.place).toMatchObject({
      entityId: null,
      name: "Korvel airstrip",
    });
    const [other] = fillEntityIds([control("k2", "a1", ref(null, "Lake Rights Watch office"))], entities);
    expect(other!.kind === "control" && other!.place.name).toBeUndefined();
  });

  it("resolves places and leaves the input untouched", () => {
    const input = [control("k1", "a1", ref(null, "Korvell"))];
    const [claim] = fillEntityIds(input, entities);
    expect(claim!.kind === "control" && claim!.place.entityId).toBe("e-t");
    expect(input[0]!.place.entityId).toBeNull();
  });
});
