// `npm run demo`: ingests examples/ into a temporary database, lists the stories, prints the first brief.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");
const db = join(mkdtempSync(join(tmpdir(), "crosscheck-demo-")), "demo.db");
const run = (args, capture = false) => {
  const r = spawnSync(process.execPath, [cli, ...args, "--db", db], {
    cwd: root,
    encoding: "utf8",
    stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r.stdout;
};

console.log(`$ crosscheck ingest examples --db ${db}`);
run(["ingest", join(root, "examples")]);
console.log("\n$ crosscheck stories");
run(["stories"]);
const { stories } = JSON.parse(run(["stories", "--json"], true));
const first = [...stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
if (first) {
  console.log(`\n$ crosscheck brief ${first.id}`);
  run(["brief", first.id]);
}
