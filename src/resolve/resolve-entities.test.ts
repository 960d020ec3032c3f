import { describe, expect, it } from "vitest";
import { extractMentions } from "../extract/entities/index.js";
import type { Entity } from "../model/index.js";
import { InMemoryEntityIndex } from "./entity-index.js";
import { resolveArticle } from "./resolve-article.js";

/** Resolves invented articles one by one, as ingest does; returns the entities. `story` maps article -> story;
 * the story context is the entities its other articles named. */
async function resolveAll(articles: [string, string][], story?: Record<string, string>): Promise<Entity[]> {
  const index = new InMemoryEntityIndex();
  const entitiesOf = new Map<string, string[]>();
  for (const [id, text] of articles) {
    const sameStory = articles.map(([other]) => other).filter((o) => o !== id && story?.[o] === story?.[id]);
    const context = story ? sameStory.flatMap((o) => entitiesOf.get(o) ?? []) : undefined;
    const result = await resolveArticle(index, id, extractMentions(text), context);
    index.upsert(result.upserts.map((u) => u.entity));
    entitiesOf.set(
      id,
      result.mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])),
    );
  }
  return index.all();
}

const holding = (entities: Entity[], alias: string): Entity[] =>
  entities.filter((e) => e.aliases.includes(alias));

describe("resolveEntities across articles", () => {
  const merges: [string, [string, string][], string[]][] = [
    [
      "spelling variants of a person",
      [
        ["a1", "Foreign Minister Yevgeny Morozov arrived. Morozov spoke."],
        ["a2", "Foreign Minister Yevgeniy Morozov left early."],
      ],
      ["Yevgeny Morozov", "Morozov", "Yevgeniy Morozov"],
    ],
    [
      "transliterated town names",
      [
        ["a1", "Fighters entered the town of Kafr Nabudah on Monday."],
        ["a2", "Shelling hit the town of Kafr Nabouda again."],
      ],
      ["Kafr Nabudah", "Kafr Nabouda"],
    ],
    [
      "an acronym defined in one article, bare in another",
      [
        ["a1", "The Coastal Rights Observatory (CRO) counted 40 dead."],
        ["a2", "The CRO said the toll rose."],
      ],
      ["Coastal Rights Observatory", "CRO"],
    ],
    [
      "an acronym in another language for the same organisation",
      [
        ["a1", "The Coastal Rights Observatory (CRO) counted 40 dead."],
        ["a2", "The Coastal Rights Observatory (ODC) said more died."],
      ],
      ["Coastal Rights Observatory", "CRO", "ODC"],
    ],
    [
      "country names in two spellings",
      [
        ["a1", "Talks were held in Türkiye."],
        ["a2", "Talks were held in Turkey."],
      ],
      ["Türkiye", "Turkey"],
    ],
  ];
  it.each(merges)("merges %s", async (_rule, articles, aliases) => {
    const entities = await resolveAll(articles);
    const holders = new Set(aliases.flatMap((a) => holding(entities, a).map((e) => e.id)));
    expect(holders.size).toBe(1);
    const [entity] = holding(entities, aliases[0] as string);
    expect(entity?.articleIds.sort()).toEqual(articles.map(([id]) => id).sort());
    expect(entity?.id).toMatch(/^e-[0-9a-f]{16}$/);
  });

  const apart: [string, [string, string][], string, string][] = [
    ["Iran and Iraq", [["a1", "Iran and Iraq signed a deal."]], "Iran", "Iraq"],
    [
      "a country and an organisation named after it",
      [["a1", "The Syrian Observatory for Human Rights said Syria was calm."]],
      "Syria",
      "Syrian Observatory for Human Rights",
    ],
  ];
  it.each(apart)("keeps apart %s", async (_rule, articles, a, b) => {
    const entities = await resolveAll(articles);
    const first = holding(entities, a);
    expect(first).toHaveLength(1);
    expect(first[0]?.aliases).not.toContain(b);
  });

  it("links a bare surname only within the story", async () => {
    const articles: [string, string][] = [
      ["s1a", "President Lena Horvat opened the bridge."],
      ["s1b", "Horvat said the bridge was safe."],
      ["s2a", "The striker Ivan Horvat scored twice."],
      ["s3a", "Horvat said the team would win."],
    ];
    const entities = await resolveAll(articles, { s1a: "s1", s1b: "s1", s2a: "s2", s3a: "s3" });
    const lena = entities.find((e) => e.name === "Lena Horvat");
    expect(lena?.articleIds.sort()).toEqual(["s1a", "s1b"]);
    const ivan = entities.find((e) => e.name === "Ivan Horvat");
    expect(ivan?.articleIds).toEqual(["s2a"]);
  });

  it("without a story, a bare surname joins its one person and stays apart when two share it", async () => {
    const one = await resolveAll([
      ["a1", "President Lena Horvat opened the bridge."],
      ["a2", "Horvat said the bridge was safe."],
    ]);
    expect(one.find((e) => e.name === "Lena Horvat")?.articleIds).toEqual(["a1", "a2"]);
    const two = await resolveAll([
      ["a1", "President Lena Horvat opened the bridge."],
      ["a2", "The striker Ivan Horvat scored twice."],
      ["a3", "Horvat said the bridge was safe."],
    ]);
    expect(two.find((e) => e.name === "Lena Horvat")?.articleIds).toEqual(["a1"]);
    expect(two.find((e) => e.name === "Ivan Horvat")?.articleIds).toEqual(["a2"]);
  });

  it("names an entity by its most written full form and geocodes places", async () => {
    const entities = await resolveAll([
      ["a1", "Minister Abbas Kareemi met officials in Aleppo and Damascus, Syria."],
      ["a2", "Minister Abbas Karimi travelled to Damascus."],
      ["a3", "Abbas Karimi spoke in Aleppo."],
    ]);
    expect(holding(entities, "Abbas Kareemi")[0]?.name).toBe("Abbas Karimi");
    const aleppo = holding(entities, "Aleppo")[0];
    expect(aleppo?.lat).toBeCloseTo(36.2, 0);
    expect(aleppo?.lon).toBeCloseTo(37.15, 0);
  });

  it("shows a place written in capitals in a dateline as the gazetteer or another report writes it", async () => {
    const entities = await resolveAll([
      [
        "d1",
        "KHARTOUM, March 12 - Fighting spread to the outskirts of the capital on Wednesday, officials said.",
      ],
      ["d2", "PORT SUDAN, March 13 - The army moved reinforcements, the governor of the port said."],
      ["d3", "Ships waited off Port Sudan on Thursday as the army moved more troops."],
      ["d4", "KHARTOUM, March 14 - The airport stayed closed on Friday, the aviation authority said."],
    ]);
    expect(holding(entities, "KHARTOUM").map((e) => e.name)).toEqual(["Khartoum"]);
    expect(holding(entities, "PORT SUDAN").map((e) => e.name)).toEqual(["Port Sudan"]);
  });
});
