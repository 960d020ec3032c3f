import { describe, expect, it } from "vitest";
import { article } from "../../test/reconcile/claim-builders.js";
import { articleTitle, leadOf, reportName } from "./article-names.js";
import { buildBrief } from "./build-brief.js";
import { renderMarkdown } from "./render/markdown.js";

describe("naming untitled articles", () => {
  it("cuts a long first sentence after twelve words and keeps a short one whole", () => {
    expect(
      leadOf(
        "Floodwater from the Sava river reached the old town of Brod overnight, forcing hundreds from home.",
      ),
    ).toBe("Floodwater from the Sava river reached the old town of Brod overnight…");
    expect(leadOf("Three ferries sank near Mwanza.")).toBe("Three ferries sank near Mwanza.");
    expect(leadOf("   ")).toBeNull();
  });

  it("names an article by its title, else its lead, else its id; a report by its outlet first", () => {
    const untitled = { id: "004_a1b2", title: null, lead: "Three ferries sank near Mwanza.", outlet: null };
    expect(articleTitle(untitled)).toBe("Three ferries sank near Mwanza.");
    expect(articleTitle({ ...untitled, lead: null })).toBe("004_a1b2");
    expect(articleTitle({ ...untitled, title: "Ferries sink" })).toBe("Ferries sink");
    expect(reportName({ ...untitled, outlet: "Lake Times" })).toBe("Lake Times");
    expect(reportName(untitled)).toBe("Three ferries sank near Mwanza.");
  });

  it("lists an untitled article in the brief by its opening words, not by its file name", () => {
    const text =
      "Two passenger ferries capsized on Lake Victoria near Mwanza on Monday evening, officials said.\nDivers searched overnight.";
    const brief = buildBrief({
      story: { id: "s-1", title: "Ferries capsize", articleIds: ["004_a1b2", "005_c3d4"] },
      articles: [
        article("004_a1b2", { text }),
        article("005_c3d4", { title: "Divers search the lake", text: "Divers searched the lake." }),
      ],
      claims: [],
      entities: [],
      now: new Date("2026-01-02T00:00:00Z"),
    });
    expect(brief.articles.map((a) => [a.title, a.lead])).toEqual([
      [null, "Two passenger ferries capsized on Lake Victoria near Mwanza on Monday evening…"],
      ["Divers search the lake", null],
    ]);
    const markdown = renderMarkdown(brief);
    expect(markdown).toContain(
      "1. Two passenger ferries capsized on Lake Victoria near Mwanza on Monday evening…",
    );
    expect(markdown).not.toContain("1. 004");
  });
});
