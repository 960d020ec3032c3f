import { runBriefBench } from "./brief.js";
import { benchCluster } from "./cluster.js";
import { benchEntities } from "./entities.js";
import { benchExtract } from "./extract.js";
import { benchFeeds } from "./feeds.js";
import { benchIngest } from "./ingest.js";
import { benchPostgres } from "./postgres.js";
import { benchServer } from "./server.js";

/** Every benchmark, by name: `npm run bench` runs all; `npm run bench -- NAME...` runs some. */
export const BenchmarksMap: Record<string, () => Promise<void>> = {
  entities: () => benchEntities(),
  extract: async () => benchExtract(),
  ingest: () => benchIngest(),
  brief: () => runBriefBench(),
  feeds: () => benchFeeds(),
  server: () => benchServer(),
  cluster: () => benchCluster(),
  postgres: () => benchPostgres(),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
console.log(`crosscheck bench (node ${process.version}, one process)`);
for (const [name, run] of Object.entries(BenchmarksMap)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  await run();
}
