import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic-corpus.js";

describe("generateCorpus", () => {
  it("gives only look-alike incidents by default", () => {
    const corpus = generateCorpus(300, 11);
    expect(corpus.every((a) => /^inc-\d+$/.test(a.incident))).toBe(true);
  });

  it("adds everyday stories from an incident's town around its day, leaving the incidents as they were", () => {
    const plain = new Map(generateCorpus(300, 11).map((a) => [a.id, a]));
    const withLocal = generateCorpus(300, 11, { localNews: 1 });
    const local = withLocal.filter((a) => a.incident.includes("-local-"));
    expect(local.length).toBeGreaterThan(50);
    // the incident reports are the same articles as without everyday stories
    for (const article of withLocal.filter((a) => !a.incident.includes("-local-")))
      expect(article).toEqual(plain.get(article.id));
    for (const article of local) {
      const incident = withLocal.find((a) => a.incident === article.incident.replace(/-local-\d+$/, ""))!;
      const town = /in (\w+) leaves/.exec(incident.title)![1]!;
      expect(article.text).toContain(town);
      const days = Math.abs(Date.parse(article.published) - Date.parse(incident.published)) / 86_400_000;
      expect(days).toBeLessThan(3);
    }
    // one to three reports per everyday story
    const sizes = new Map<string, number>();
    for (const article of local) sizes.set(article.incident, (sizes.get(article.incident) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(3);
  });
});
