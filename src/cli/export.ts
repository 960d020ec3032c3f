import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { exportStore } from "../pipeline.js";
import { withPipeline } from "./context.js";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("everything stored, as the export JSON (articles, stories, entities, claims)")
    .option("--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)")
    .option("--out <file>", "write to a file instead of stdout")
    .action(async (options: { db?: string; out?: string }) => {
      await withPipeline(options.db, async (deps) => {
        const json = `${JSON.stringify(await exportStore(deps), null, 2)}\n`;
        if (options.out) await writeFile(options.out, json);
        else process.stdout.write(json);
      });
    });
}
