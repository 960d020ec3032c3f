import { describe, expect, it } from "vitest";
import { createHostLimiter } from "./host-limiter.js";

describe("createHostLimiter", () => {
  const rows: Array<[perHost: number, urls: string[], peak: Record<string, number>]> = [
    [1, ["http://a.test/1", "http://a.test/2", "http://a.test/3"], { "a.test": 1 }],
    [
      2,
      ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://b.test/1"],
      { "a.test": 2, "b.test": 1 },
    ],
    [2, ["http://a.test/1", "http://A.TEST/2", "http://a.test:8080/3"], { "a.test": 2, "a.test:8080": 1 }],
  ];
  it.each(rows)("perHost %i", async (perHost, urls, peak) => {
    const limiter = createHostLimiter(perHost);
    const running = new Map<string, number>();
    const seenPeak: Record<string, number> = {};
    const results = await Promise.all(
      urls.map((url) =>
        limiter.run(url, async () => {
          const host = new URL(url).host;
          running.set(host, (running.get(host) ?? 0) + 1);
          seenPeak[host] = Math.max(seenPeak[host] ?? 0, running.get(host)!);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running.set(host, running.get(host)! - 1);
          return url;
        }),
      ),
    );
    expect(results).toEqual(urls);
    expect(seenPeak).toEqual(peak);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createHostLimiter(1);
    await expect(limiter.run("http://a.test/", () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    await expect(limiter.run("http://a.test/", async () => "next")).resolves.toBe("next");
  });
});
