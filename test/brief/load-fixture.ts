import { readdirSync, readFileSync } from "node:fs";
import type { BriefInput } from "../../src/brief/build-brief.js";

const fixtures = new URL("../../src/brief/fixtures/", import.meta.url);

/** The fixed clock of every golden brief. */
export const GOLDEN_NOW = new Date("2025-03-08T12:00:00.000Z");

/** Names of the golden cases: `<case>.input.json` beside `<case>.expected.json`. */
export function fixtureNames(): string[] {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith(".input.json"))
    .map((f) => f.replace(/\.input\.json$/, ""));
}

export function loadFixture(name: string): BriefInput {
  const input = JSON.parse(readFileSync(new URL(`${name}.input.json`, fixtures), "utf8"));
  return { ...input, now: GOLDEN_NOW };
}

export function loadExpected(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.expected.json`, fixtures), "utf8"));
}
