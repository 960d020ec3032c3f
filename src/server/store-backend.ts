import type { Brief, Story } from "../model/index.js";
import {
  briefForStory,
  correctStories,
  type IngestOutcome,
  ingestArticle,
  itemName,
  type PipelineDeps,
} from "../pipeline.js";
import type { ArticleHit, IngestReport, ServerBackend } from "./backend.js";

/** What a cached brief was built from: when the story changes, the brief is rebuilt. */
const storyVersion = (story: Story) =>
  `${story.articleIds.length}|${story.lastDate}|${story.casualties.killed}|${story.casualties.injured}|${story.title}`;

/**
 * The server's backend over the real store and pipeline. Briefs are cached per story version (a few
 * hundred at most); ingests run one at a time, as the pipeline expects a single writer.
 */
export function createStoreBackend(deps: PipelineDeps, briefCacheSize = 256): ServerBackend {
  const { store } = deps;
  const briefs = new Map<string, { version: string; brief: Brief }>();
  let writes: Promise<unknown> = Promise.resolve();

  const resolveStory = async (id: string) => {
    const resolved = await store.resolveStoryId(id);
    return resolved === null ? null : store.getStory(resolved);
  };

  const record = (report: IngestReport, outcome: IngestOutcome) => {
    if (outcome.status === "ingested") report.ingested.push(outcome.articleId);
    else if (outcome.status === "duplicate") report.unchanged.push(outcome.articleId);
    else report.problems.push(outcome.problem);
  };

  return {
    async listStories(page) {
      const [stories, total] = await Promise.all([store.listStories(page), store.countStories()]);
      return { stories, total };
    },
    getStory: resolveStory,
    async getBrief(id) {
      const story = await resolveStory(id);
      if (!story) return null;
      const version = storyVersion(story);
      const cached = briefs.get(story.id);
      if (cached?.version === version) return cached.brief;
      const brief = await briefForStory(deps, story.id);
      if (!brief) return null;
      briefs.delete(story.id);
      briefs.set(story.id, { version, brief });
      if (briefs.size > briefCacheSize) briefs.delete(briefs.keys().next().value ?? "");
      return brief;
    },
    getArticle: (id) => store.getArticle(id),
    async search(query, limit) {
      const hits = await store.searchArticles(query, { limit, offset: 0 });
      const articles: ArticleHit[] = [];
      for (const hit of hits) {
        const article = await store.getArticle(hit.articleId);
        articles.push({
          id: hit.articleId,
          title: hit.title,
          outlet: article?.outlet ?? null,
          published: article?.published ?? null,
          storyId: hit.storyId,
          snippet: hit.snippet,
        });
      }
      const stories: Story[] = [];
      for (const storyId of new Set(hits.map((h) => h.storyId))) {
        const story = await resolveStory(storyId);
        if (story && !stories.some((s) => s.id === story.id)) stories.push(story);
      }
      return { articles, stories };
    },
    ingest(inputs) {
      const run = async () => {
        const report: IngestReport = { ingested: [], unchanged: [], problems: [] };
        for (const input of inputs) {
          try {
            record(report, await ingestArticle(deps, input));
          } catch (error) {
            report.problems.push({ item: itemName(input), reason: (error as Error).message });
          }
        }
        if (report.ingested.length > 0) {
          // fragments of one story the request brought in apart come together
          await correctStories(deps);
          briefs.clear(); // entities shared across stories may have changed
        }
        return report;
      };
      const next = writes.then(run, run);
      writes = next;
      return next;
    },
    async close() {
      await writes.catch(() => undefined);
      await store.close();
    },
  };
}
