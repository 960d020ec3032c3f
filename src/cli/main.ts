#!/usr/bin/env node
import { Command } from "commander";
import { registerBrief } from "./brief.js";
import { registerExport } from "./export.js";
import { registerFollow } from "./follow.js";
import { registerIngest } from "./ingest.js";
import { registerServe } from "./serve.js";
import { registerStories } from "./stories.js";
import "./url-sources.js"; // lets `ingest` read URLs (pages, feeds, OPML)
import { VERSION } from "./version.js";

/** Every CLI command: adding one is a file plus one line here. */
const COMMANDS = [
  registerIngest,
  registerStories,
  registerBrief,
  registerExport,
  registerFollow,
  registerServe,
];

// `crosscheck stories | head -1`: a reader that stops reading ends the output, quietly, as in any Unix tool
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

const program = new Command()
  .name("crosscheck")
  .description("Turn a pile of news reports into a checked, sourced brief of each story.")
  .version(VERSION)
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`crosscheck: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
