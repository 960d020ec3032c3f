import { describe, expect, it } from "vitest";
import { extractMentions } from "../extract/entities/index.js";
import type { EntityRef } from "../model/index.js";
import { linkInArticle } from "./link-in-article.js";
import { resolveEntities } from "./resolve-entities.js";
import { resolveRef } from "./resolve-ref.js";

/** [rule, invented article, names that must share one group] */
const cases: [string, string, string[]][] = [
  [
    "surname and title with surname",
    "Prime Minister Ana Duarte spoke. Later Duarte left. President Duarte waved.",
    ["Ana Duarte", "Duarte"],
  ],
  [
    "acronym written after its long form",
    "The Delta Relief Committee (DRC) met. The DRC voted.",
    ["Delta Relief Committee", "DRC"],
  ],
  [
    "acronym matching the initials of a named organisation",
    "The Harbour Workers Union struck. Later HWU leaders met.",
    ["Harbour Workers Union", "HWU"],
  ],
  [
    "short form of an organisation",
    "The Geological Institute of Chile said so. The Geological Institute added more.",
    ["Geological Institute of Chile", "Geological Institute"],
  ],
  [
    "two spellings in one article",
    "Envoy Omar Qassimi arrived. Envoy Omar Qasimi left.",
    ["Omar Qassimi", "Omar Qasimi"],
  ],
];

describe("linkInArticle", () => {
  it.each(cases)("%s", (_rule, text, names) => {
    const groups = linkInArticle(extractMentions(text));
    const holders = new Set(names.map((n) => groups.findIndex((g) => g.names.has(n))));
    expect(holders.has(-1)).toBe(false);
    expect(holders.size).toBe(1);
  });

  it("keeps a country apart from a town named after it", () => {
    const groups = linkInArticle(extractMentions("Ships left Port Sudan. Sudan closed the border."));
    expect(groups.find((g) => g.names.has("Sudan"))?.names.has("Port Sudan")).toBe(false);
  });
});

describe("resolveRef", () => {
  const text = "The Coastal Rights Observatory (CRO) said 12 died, Mayor Ines Roca told reporters.";
  const { mentions } = resolveEntities({ articleId: "a1", mentions: extractMentions(text), candidates: [] });
  const idOf = (surface: string) => mentions.find((m) => m.text === surface)?.entityId;
  const refs: [string, EntityRef, string][] = [
    [
      "by offsets",
      { text: "CRO", start: text.indexOf("CRO"), end: text.indexOf("CRO") + 3, entityId: null },
      "CRO",
    ],
    ["by text", { text: "Ines Roca", start: null, end: null, entityId: null }, "Ines Roca"],
    [
      "by acronym expansion",
      { text: "Coastal Rights Observatory", start: null, end: null, entityId: null },
      "CRO",
    ],
    [
      "by the longest name inside",
      { text: "a Coastal Rights Observatory analyst", start: null, end: null, entityId: null },
      "Coastal Rights Observatory",
    ],
    [
      "by the mention its offsets overlap most",
      { text: "Observatory (CRO) said", start: 19, end: 41, entityId: null },
      "CRO",
    ],
  ];
  it.each(refs)("%s", (_rule, ref, surface) => {
    expect(resolveRef(ref, mentions).entityId).toBe(idOf(surface));
    expect(idOf(surface)).toMatch(/^e-/);
  });

  it("does not resolve a facility named after a place to the place", () => {
    const town = "Rebels overran Kessel's airport, and Kessel itself fell later.";
    const resolved = resolveEntities({ articleId: "a2", mentions: extractMentions(town), candidates: [] });
    const ref: EntityRef = { text: "Kessel airport", start: null, end: null, entityId: null };
    expect(resolved.mentions.some((m) => m.text === "Kessel" && m.entityId)).toBe(true);
    expect(resolveRef(ref, resolved.mentions).entityId).toBeNull();
    const embassy: EntityRef = { text: "the embassy of Kessel", start: null, end: null, entityId: null };
    expect(resolveRef(embassy, resolved.mentions).entityId).toBeNull();
  });

  it("does not resolve who said something to the place that qualifies it", () => {
    const text = "The Kessel County coroner's office said two died. Kessel County mourned.";
    const resolved = resolveEntities({ articleId: "a3", mentions: extractMentions(text), candidates: [] });
    const at = text.indexOf("Kessel County coroner");
    const office: EntityRef = {
      text: "Kessel County coroner's office",
      start: at,
      end: at + "Kessel County coroner's office".length,
      entityId: null,
    };
    expect(resolved.mentions.some((m) => m.text === "Kessel County" && m.entityId)).toBe(true);
    expect(resolveRef(office, resolved.mentions, true).entityId).toBeNull();
    // as the place a claim is about, the same words still point at the county
    expect(resolveRef(office, resolved.mentions).entityId).not.toBeNull();
  });

  it("resolves a surname to the one person of the article with that surname", () => {
    const text =
      "Governor Tomas Hale ordered flags lowered. Nurse Ines Hale said little. Mayor Rita Voss wept.";
    const resolved = resolveEntities({ articleId: "a4", mentions: extractMentions(text), candidates: [] });
    const ref = (name: string): EntityRef => ({ text: name, start: null, end: null, entityId: null });
    const voss = resolved.mentions.find((m) => m.text === "Rita Voss")!;
    expect(resolveRef(ref("Voss"), resolved.mentions).entityId).toBe(voss.entityId);
    // two people of that surname: which one is not known
    expect(resolveRef(ref("Hale"), resolved.mentions).entityId).toBeNull();
  });

  it("leaves an unknown reference unresolved", () => {
    expect(
      resolveRef({ text: "somebody", start: null, end: null, entityId: null }, mentions).entityId,
    ).toBeNull();
  });
});
