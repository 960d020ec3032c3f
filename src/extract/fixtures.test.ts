import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CasualtyClaim, Claim } from "../model/index.js";
import { mainToll } from "./main-toll.js";
import { extractClaims } from "./registry.js";

interface Expected {
  published: string | null;
  toll: { killed: number | null; injured: number | null };
  figures: {
    outcome: string;
    count: number;
    qualifier: string;
    group: string;
    partOf: number | null;
    background: boolean;
    source: string | null;
  }[];
  quotes: { start: string; speaker: string }[];
  control: { change: string; place: string; extent: string | null }[];
}

const dir = join(fileURLToPath(new URL(".", import.meta.url)), "fixtures");
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

function figures(claims: Claim[]) {
  const casualties = claims.filter((c): c is CasualtyClaim => c.kind === "casualty");
  const byId = new Map(casualties.map((c) => [c.id, c]));
  return casualties.map((c) => ({
    outcome: c.outcome,
    count: c.count,
    qualifier: c.qualifier,
    group: c.group,
    partOf: c.partOf ? (byId.get(c.partOf)?.count ?? null) : null,
    background: c.background,
    source: c.source ? (c.source.name ?? c.source.text) : null,
  }));
}

describe("golden fixtures (fixtures/<case>.txt + <case>.json)", () => {
  it.each(cases)("%s", (name) => {
    const text = readFileSync(join(dir, `${name}.txt`), "utf8");
    const expected = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Expected;
    const claims = extractClaims({ articleId: name, text, published: expected.published });
    expect(mainToll(claims)).toEqual(expected.toll);
    expect(figures(claims)).toEqual(expected.figures);
    const quotes = claims.flatMap((c) => (c.kind === "quote" ? [c] : []));
    expect(
      quotes.map((q) => ({
        start: q.quote.slice(0, expected.quotes.find((e) => q.quote.startsWith(e.start))?.start.length ?? 30),
        speaker: q.speaker?.text ?? null,
      })),
    ).toEqual(expected.quotes);
    for (const q of quotes) expect(text).toContain(q.quote);
    const control = claims.flatMap((c) =>
      c.kind === "control" ? [{ change: c.change, place: c.place.text, extent: c.extent }] : [],
    );
    expect(control).toEqual(expected.control);
  });
});
