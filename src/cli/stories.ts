import type { Command } from "commander";
import { withPipeline } from "./context.js";

const toll = (n: number | null) => (n === null ? "-" : String(n));

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
        for (const s of stories) {
          const dates = s.firstDate
            ? `${s.firstDate.slice(0, 10)}..${(s.lastDate ?? s.firstDate).slice(0, 10)}`
            : "undated";
          process.stdout.write(
            `${s.id}  ${String(s.articleIds.length).padStart(3)} articles  ${dates.padEnd(22)}  killed ${toll(s.casualties.killed).padStart(4)}  ${s.title}\n`,
          );
        }
        if (stories.length === 0)
          process.stdout.write("no stories yet: run `crosscheck ingest <files>` first\n");
      });
    });
}
