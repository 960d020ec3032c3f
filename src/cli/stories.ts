import type { Command } from "commander";
import type { Story } from "../model/index.js";
import { withPipeline } from "./context.js";

/** "2024-11-27", or "2024-11-27..2024-11-30" over several days, or "undated". */
export function storyDays(first: string | null, last: string | null): string {
  if (!first) return "undated";
  const [from, to] = [first.slice(0, 10), (last ?? first).slice(0, 10)];
  return from === to ? from : `${from}..${to}`;
}

/** "412 killed, 61 injured", or "no toll" when the story's reports give none. */
export function storyToll({ killed, injured }: { killed: number | null; injured: number | null }): string {
  const parts = [killed === null ? null : `${killed} killed`, injured === null ? null : `${injured} injured`];
  const toll = parts.filter((p) => p !== null).join(", ");
  return toll || "no toll";
}

/** One line per story, in columns: id, size, days, toll, title. */
export function storyLines(stories: readonly Story[]): string[] {
  const rows = stories.map((s) => ({
    id: s.id,
    count: String(s.articleIds.length),
    word: s.articleIds.length === 1 ? "article" : "articles",
    days: storyDays(s.firstDate, s.lastDate),
    toll: storyToll(s.casualties),
    title: s.title,
  }));
  const width = (key: "id" | "count" | "word" | "days" | "toll") =>
    Math.max(...rows.map((r) => r[key].length));
  const [id, count, word, days, toll] = [
    width("id"),
    width("count"),
    width("word"),
    width("days"),
    width("toll"),
  ];
  return rows.map((r) =>
    `${r.id.padEnd(id)}  ${r.count.padStart(count)} ${r.word.padEnd(word)}  ${r.days.padEnd(days)}  ${r.toll.padEnd(toll)}  ${r.title}`.trimEnd(),
  );
}

export function registerStories(program: Command): void {
  program
    .command("stories")
    .description("list the stories: id, size, first and last date, toll and title")
    .option("--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)")
    .option("--json", "print JSON")
    .action(async (options: { db?: string; json?: boolean }) => {
      await withPipeline(options.db, async ({ store }) => {
        const stories = await store.listStories();
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ stories }, null, 2)}\n`);
          return;
        }
        for (const line of storyLines(stories)) process.stdout.write(`${line.trimEnd()}\n`);
        if (stories.length === 0)
          process.stdout.write("no stories yet: run `crosscheck ingest <files>` first\n");
      });
    });
}
