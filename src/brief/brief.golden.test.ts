import { describe, expect, it } from "vitest";
import { fixtureNames, loadExpected, loadFixture } from "../../test/brief/load-fixture.js";
import { buildBrief } from "./build-brief.js";

const cases = fixtureNames();

describe("buildBrief golden files", () => {
  it("has fixtures to check", () => expect(cases.length).toBeGreaterThanOrEqual(3));
  it.each(cases)("%s", (name) => {
    expect(JSON.parse(JSON.stringify(buildBrief(loadFixture(name))))).toEqual(loadExpected(name));
  });
});
