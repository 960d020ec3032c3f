import type { Command } from "commander";
import { BRIEF_FORMATS, isBriefFormat, renderBrief } from "../brief/render/render-brief.js";
import { briefForStory } from "../pipeline.js";
import { fail, withPipeline } from "./context.js";

export function registerBrief(program: Command): void {
  const formats = BRIEF_FORMATS.join("|");
  program
    .command("brief")
    .description("the sourced brief of one story")
    .argument("<story-id>", "a story id from `crosscheck stories` (an old id of a merged story works too)")
    .option("--db <file>", "database file (default: $CROSSCHECK_DB or ./crosscheck.db)")
    .option("--format <format>", `output format: ${formats}`, "md")
    .action(async (storyId: string, options: { db?: string; format: string }) => {
      const format = options.format;
      if (!isBriefFormat(format)) {
        fail(`unknown format "${options.format}" (use ${formats})`, 2);
        return;
      }
      await withPipeline(options.db, async (deps) => {
        const brief = await briefForStory(deps, storyId);
        if (!brief) {
          fail(`no story "${storyId}" (see \`crosscheck stories\`)`);
          return;
        }
        process.stdout.write(renderBrief(brief, format));
      });
    });
}
