import { describe, expect, it } from "vitest";
import { distinctStatements } from "./explain-finding.js";

describe("distinctStatements", () => {
  it("counts spellings that differ in capitals or a plural s as one statement", () => {
    expect(
      distinctStatements([
        "assault on Aleppo by rebel",
        "assault on Aleppo",
        "assault on Aleppo by rebels",
        "assault on Aleppo by Insurgents",
        "assault on Aleppo by insurgents",
      ]),
    ).toEqual(["assault on Aleppo by rebels", "assault on Aleppo", "assault on Aleppo by insurgents"]);
  });

  it("writes a statement the way most reports write it", () => {
    expect(
      distinctStatements([
        "shelling of Kessel by Army",
        "shelling of Kessel by Army",
        "shelling of Kessel by army",
      ]),
    ).toEqual(["shelling of Kessel by Army"]);
  });

  it("keeps statements that say different things apart", () => {
    expect(
      distinctStatements(["rebels captured Tarrow", "rebels lost Tarrow", "Tarrow contested"]),
    ).toHaveLength(3);
  });
});
