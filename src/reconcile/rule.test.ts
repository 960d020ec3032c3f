import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RECONCILE_RULE } from "./rule.js";

describe("RECONCILE_RULE", () => {
  it("is written, line for line, in docs/RECONCILE.md", () => {
    const doc = readFileSync(new URL("../../docs/RECONCILE.md", import.meta.url), "utf8");
    for (const line of RECONCILE_RULE.split("\n")) expect(doc).toContain(`- ${line}`);
  });
});
