import { describe, expect, it } from "vitest";
import { dateClaim, quote as quoteClaim } from "../../test/reconcile/claim-builders.js";
import type { Article, Entity, Story } from "../model/index.js";
import type { ArticleCommit, Store } from "./store.js";

/** The conformance suite every Store backend runs (see sqlite/sqlite-store.test.ts). */
export function runStoreCases(name: string, openEmpty: () => Promise<Store>): void {
  const article = (id: string, storyId: string, text = `Text of ${id} about the harbour fire.`): Article => ({
    id,
    title: `Title ${id}`,
    text,
    url: null,
    outlet: "Test Wire",
    published: "2025-03-01",
    language: "en",
    origin: `${id}.txt`,
    extra: { k: 1 },
    contentHash: `hash-${id}`,
    signature: "0".repeat(16),
    storyId,
    duplicateOf: null,
    casualties: { killed: 3, injured: null },
    ingestedAt: "2025-03-02T00:00:00.000Z",
  });
  const story = (id: string, articleIds: string[]): Story => ({
    id,
    title: `Story ${id}`,
    articleIds,
    firstDate: "2025-03-01",
    lastDate: "2025-03-01",
    casualties: { killed: 3, injured: null },
  });
  const entity = (id: string, name: string): Entity => ({
    id,
    type: "place",
    name,
    aliases: [name],
    articleIds: ["a1"],
    lat: 1,
    lon: 2,
    geoConfidence: 0.9,
    country: "XX",
  });
  const commit = (a: Article, extra: Partial<ArticleCommit> = {}): ArticleCommit => ({
    article: a,
    sentences: [{ index: 0, start: 0, end: a.text.length, text: a.text }],
    mentions: [],
    claims: [],
    entities: [],
    stories: [
      {
        story: story(a.storyId, [a.id]),
        terms: new Map([
          ["harbour", 1],
          ["fire", 0.5],
        ]),
      },
    ],
    redirects: [],
    ...extra,
  });

  describe(`Store conformance: ${name}`, () => {
    it("stores an article with its analysis and finds it by hash, id and full text", async () => {
      const store = await openEmpty();
      await store.commitArticle(
        commit(article("a1", "s1"), {
          entities: [{ entity: entity("e1", "Portville"), keys: ["portville"] }],
        }),
      );
      expect(await store.findArticleIdByHash("hash-a1")).toBe("a1");
      expect(await store.getArticle("a1")).toEqual(article("a1", "s1"));
      expect((await store.getArticleAnalysis("a1"))?.sentences).toHaveLength(1);
      expect(await store.countArticles()).toBe(1);
      expect((await store.searchArticles("harbour"))[0]).toMatchObject({ articleId: "a1", storyId: "s1" });
      expect(await store.searchArticles("volcano")).toEqual([]);
      expect(await store.findEntitiesByKeys(["portville", "nowhere"])).toEqual([
        { ...entity("e1", "Portville"), articleIds: [] },
      ]);
      expect(await store.getEntities(["e1"])).toEqual([entity("e1", "Portville")]);
      expect(await store.getStory("s1")).toMatchObject({ id: "s1", articleIds: ["a1"] });
      expect((await store.findStoryCandidates(["fire"], 5)).map((p) => p.story.id)).toEqual(["s1"]);
      await store.close();
    });

    it("gives an entity's articles within a set of articles when asked", async () => {
      const store = await openEmpty();
      const linked = (id: string) => ({
        entity: { ...entity("e1", "Portville"), articleIds: [id] },
        keys: ["portville"],
      });
      await store.commitArticle(commit(article("a1", "s1"), { entities: [linked("a1")] }));
      await store.commitArticle(
        commit(article("a2", "s2", "Another harbour text."), { entities: [linked("a2")] }),
      );
      const articleIdsOf = async (within?: string[]) =>
        (await store.getEntities(["e1"], within))[0]?.articleIds;
      expect(await articleIdsOf()).toEqual(["a1", "a2"]);
      expect(await articleIdsOf(["a2", "zz"])).toEqual(["a2"]);
      expect(await articleIdsOf([])).toEqual([]);
      await store.close();
    });

    it("lists the claims of some articles by kind", async () => {
      const store = await openEmpty();
      await store.commitArticle(
        commit(article("a1", "s1"), {
          claims: [
            dateClaim("c1", "a1", { expression: "on Monday" }),
            quoteClaim("c2", "a1", { quote: "We stay." }),
          ],
        }),
      );
      await store.commitArticle(
        commit(article("a2", "s1"), { claims: [quoteClaim("c3", "a2", { quote: "We stay." })] }),
      );
      const ids = async (articleIds: string[], kinds?: ("date" | "quote")[]) =>
        (await store.listArticleClaims(articleIds, kinds)).map((c) => c.id).sort();
      expect(await ids(["a1", "a2"], ["quote"])).toEqual(["c2", "c3"]);
      expect(await ids(["a1"])).toEqual(["c1", "c2"]);
      expect(await ids([], ["quote"])).toEqual([]);
      await store.close();
    });

    it("lists articles after a position, in storage order", async () => {
      const store = await openEmpty();
      for (const id of ["a1", "a2", "a3"]) await store.commitArticle(commit(article(id, "s1")));
      const first = await store.listArticlesAfter(0, 2);
      expect(first.articles.map((a) => a.id)).toEqual(["a1", "a2"]);
      const rest = await store.listArticlesAfter(first.position, 2);
      expect(rest.articles.map((a) => a.id)).toEqual(["a3"]);
      const none = await store.listArticlesAfter(rest.position, 2);
      expect(none).toEqual({ articles: [], position: rest.position });
      await store.close();
    });

    it("writes an article whole or not at all", async () => {
      const store = await openEmpty();
      await store.commitArticle(commit(article("a1", "s1")));
      const clash = commit(article("a2", "s2"), {
        claims: [dateClaim("same", "a2", { expression: "x" }), dateClaim("same", "a2", { expression: "y" })],
      });
      await expect(store.commitArticle(clash)).rejects.toThrow();
      expect(await store.getArticle("a2")).toBeNull();
      expect(await store.getStory("s2")).toBeNull();
      expect(await store.countArticles()).toBe(1);
      await store.close();
    });

    it("stores the same content once, and says so", async () => {
      const store = await openEmpty();
      await store.commitArticle(commit(article("a1", "s1")));
      expect(await store.commitArticle(commit({ ...article("a1b", "s1"), contentHash: "hash-a1" }))).toBe(
        "duplicate",
      );
      expect(await store.countArticles()).toBe(1);
      await store.close();
    });

    /** s1 and s2 stored, then a3 joins s1 and merges s2 into it. */
    const merged = async (store: Store) => {
      await store.commitArticle(commit(article("a1", "s1")));
      await store.commitArticle(commit(article("a2", "s2")));
      await store.commitArticle(
        commit(article("a3", "s1"), {
          stories: [{ story: story("s1", ["a1", "a2", "a3"]), terms: new Map([["fire", 1]]) }],
          redirects: [{ from: "s2", to: "s1" }],
        }),
      );
    };

    it("merges stories and resolves an old story id to the new one", async () => {
      const store = await openEmpty();
      await merged(store);
      expect(await store.resolveStoryId("s2")).toBe("s1");
      expect(await store.resolveStoryId("nope")).toBeNull();
      expect((await store.getStory("s1"))?.articleIds).toEqual(["a1", "a2", "a3"]);
      expect(await store.countStories()).toBe(1);
      expect((await store.getArticle("a2"))?.storyId).toBe("s1");
      await store.close();
    });

    it("folds stories found to be one after their articles were stored, in one transaction", async () => {
      const store = await openEmpty();
      await store.commitArticle(commit(article("a1", "s1")));
      await store.commitArticle(commit(article("a2", "s2")));
      await store.commitArticle(commit(article("a3", "s3")));
      await store.commitArticle(commit(article("a4", "s2")));
      await store.commitStoryFolds({
        stories: [
          {
            story: { ...story("s1", ["a1", "a2", "a4"]), title: "Harbour fire" },
            terms: new Map([["fire", 1]]),
          },
        ],
        redirects: [{ from: "s2", to: "s1" }],
      });
      expect((await store.listStoryArticles("s1")).map((a) => a.id)).toEqual(["a1", "a2", "a4"]);
      expect(await store.resolveStoryId("s2")).toBe("s1");
      expect(await store.getStory("s2")).toBeNull();
      const folded = await store.getStory("s1");
      expect([folded?.title, folded?.articleIds]).toEqual(["Harbour fire", ["a1", "a2", "a4"]]);
      expect((await store.listStories()).map((s) => s.id).sort()).toEqual(["s1", "s3"]);
      await store.close();
    });

    it("moves articles to a story split off, in the same commit as the article that caused it", async () => {
      const store = await openEmpty();
      for (const id of ["a1", "a2", "a3"]) await store.commitArticle(commit(article(id, "s1")));
      await store.commitArticle(
        commit(article("a4", "s9"), {
          stories: [
            { story: story("s1", ["a1", "a2"]), terms: new Map([["harbour", 1]]) },
            { story: story("s9", ["a3", "a4"]), terms: new Map([["fire", 1]]) },
          ],
          moves: [{ articleIds: ["a3"], storyId: "s9" }],
        }),
      );
      expect((await store.listStoryArticles("s1")).map((a) => a.id)).toEqual(["a1", "a2"]);
      expect((await store.listStoryArticles("s9")).map((a) => a.id)).toEqual(["a3", "a4"]);
      expect([(await store.getStory("s1"))?.articleIds, (await store.getStory("s9"))?.articleIds]).toEqual([
        ["a1", "a2"],
        ["a3", "a4"],
      ]);
      expect(await store.resolveStoryId("s1")).toBe("s1");
      await store.close();
    });

    it("regroups stored stories in one transaction: moves, a story left empty redirected, rows rewritten", async () => {
      const store = await openEmpty();
      for (const [id, storyId] of [
        ["a1", "s1"],
        ["a2", "s1"],
        ["a3", "s1"],
        ["a4", "s2"],
        ["a5", "s3"],
      ] as const)
        await store.commitArticle(commit(article(id, storyId)));
      // a3 leaves s1 for a new story s4 with a4 (s2 is left empty) ; a5's story is not touched
      await store.commitStoryFolds({
        stories: [
          { story: story("s1", ["a1", "a2"]), terms: new Map([["harbour", 1]]) },
          { story: { ...story("s4", ["a3", "a4"]), title: "Dock strike" }, terms: new Map([["strike", 1]]) },
        ],
        redirects: [{ from: "s2", to: "s4" }],
        moves: [{ articleIds: ["a3", "a4"], storyId: "s4" }],
      });
      expect((await store.listStoryArticles("s1")).map((a) => a.id)).toEqual(["a1", "a2"]);
      expect((await store.listStoryArticles("s4")).map((a) => a.id)).toEqual(["a3", "a4"]);
      expect(await store.getStory("s2")).toBeNull();
      expect(await store.resolveStoryId("s2")).toBe("s4");
      expect((await store.getStory("s4"))?.title).toBe("Dock strike");
      expect((await store.listStories()).map((s) => [s.id, s.articleIds.length]).sort()).toEqual([
        ["s1", 2],
        ["s3", 1],
        ["s4", 2],
      ]);
      await store.close();
    });

    describe("when several processes write (each placed its article on what it read before)", () => {
      it("puts an article written to a story merged away meanwhile in the story that took it", async () => {
        const store = await openEmpty();
        await merged(store);
        // another process still knew s2 as a story of one; its article is three days newer
        await store.commitArticle(
          commit(
            { ...article("a4", "s2"), published: "2025-03-04" },
            {
              stories: [
                { story: { ...story("s2", ["a2", "a4"]), lastDate: "2025-03-04" }, terms: new Map() },
              ],
            },
          ),
        );
        expect((await store.getArticle("a4"))?.storyId).toBe("s1");
        expect((await store.listStories()).map((s) => [s.id, s.articleIds])).toEqual([
          ["s1", ["a1", "a2", "a3", "a4"]],
        ]);
        expect(await store.resolveStoryId("s2")).toBe("s1");
        // the story that took the article spans its date too, though its writer never saw it
        expect(await store.getStory("s1")).toMatchObject({ firstDate: "2025-03-01", lastDate: "2025-03-04" });
        await store.close();
      });

      it("does not fold a story into one gone since, and keeps the next article in it", async () => {
        const store = await openEmpty();
        await store.commitArticle(commit(article("a1", "s1")));
        // another process would fold s1 into s9, which a third process has removed since it read it
        await store.commitStoryFolds({ stories: [], redirects: [{ from: "s1", to: "s9" }] });
        // a third process still knew s1 and wrote its next report there
        await store.commitArticle(commit(article("a2", "s1", "A second harbour text.")));
        expect(await store.resolveStoryId("s1")).toBe("s1");
        expect((await store.getStory("s1"))?.articleIds).toEqual(["a1", "a2"]);
        await store.close();
      });

      it("keeps two stories one when another process merges them the other way round", async () => {
        const store = await openEmpty();
        await merged(store);
        await store.commitArticle(
          commit(article("a4", "s2"), {
            stories: [{ story: story("s2", ["a1", "a2", "a3", "a4"]), terms: new Map() }],
            redirects: [{ from: "s1", to: "s2" }],
          }),
        );
        expect([await store.resolveStoryId("s1"), await store.resolveStoryId("s2")]).toEqual(["s1", "s1"]);
        expect((await store.listStories()).map((s) => [s.id, s.articleIds])).toEqual([
          ["s1", ["a1", "a2", "a3", "a4"]],
        ]);
        await store.close();
      });

      it("drops a story whose last articles a split took, pointing its id to where they went", async () => {
        const store = await openEmpty();
        await store.commitArticle(commit(article("a1", "s1")));
        await store.commitArticle(commit(article("a2", "s1")));
        // a process that did not see a2 arrive moves a1 (all it knew of s1), and a2 already left for s3
        await store.commitArticle(
          commit(article("a3", "s3"), {
            stories: [{ story: story("s3", ["a2", "a3"]), terms: new Map() }],
            moves: [{ articleIds: ["a2"], storyId: "s3" }],
          }),
        );
        await store.commitArticle(
          commit(article("a4", "s4"), {
            stories: [{ story: story("s4", ["a1", "a4"]), terms: new Map() }],
            moves: [{ articleIds: ["a1"], storyId: "s4" }],
          }),
        );
        expect(await store.countStories()).toBe(2);
        expect(await store.resolveStoryId("s1")).toBe("s4");
        expect((await store.getStory("s4"))?.articleIds).toEqual(["a1", "a4"]);
        await store.close();
      });
    });
  });
}
