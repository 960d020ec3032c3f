import { describe, expect, it } from "vitest";
import { leadingAccount } from "../../web/src/sections/figures.js";

const value = (label: string, articleId: string, date: string | null) => ({
  claimId: `${articleId}-${label}`,
  articleId,
  count: null,
  countMax: null,
  qualifier: null,
  label,
  source: null,
  sourceName: "Monitor",
  outlet: null,
  date,
});

describe("leadingAccount", () => {
  it("takes the account the most reports give, counting a report once", () => {
    const values = [
      value("rebels captured the town", "a1", "2025-03-12"),
      value("rebels captured the town", "a1", "2025-03-12"),
      value("rebels hold the town (majority)", "a2", "2025-03-13"),
      value("rebels hold the town (majority)", "a3", "2025-03-14"),
    ];
    expect(leadingAccount(values)).toBe("rebels hold the town (majority)");
  });

  it("takes the latest of accounts given by as many reports, and none without labels", () => {
    const values = [
      value("army holds the town", "a1", "2025-03-12"),
      value("town contested", "a2", "2025-03-14"),
    ];
    expect(leadingAccount(values)).toBe("town contested");
    expect(leadingAccount([])).toBeNull();
  });
});
