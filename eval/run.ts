import { evaluateClaims } from "./claims.js";
import { evaluateClustering } from "./cluster.js";
import { evaluateEntities } from "./entities.js";
import { evaluatePipeline } from "./foundation.js";
import { evaluateReconcile } from "./reconcile.js";
import { REPO_DIR, SHARED_DIR } from "./shared-data.js";

/**
 * Every evaluation, by name: `npm run eval` runs all; `npm run eval -- NAME...` runs some.
 * Adding one is a file plus one line here. Results are recorded in docs/EVALUATION.md.
 */
export const EvaluationsMap: Record<string, () => Promise<void>> = {
  pipeline: evaluatePipeline,
  reconcile: evaluateReconcile,
  claims: () => evaluateClaims(SHARED_DIR, REPO_DIR),
  entities: async () => {
    await evaluateEntities(SHARED_DIR, REPO_DIR);
  },
  cluster: () => evaluateClustering(SHARED_DIR, REPO_DIR),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
console.log(`crosscheck eval (shared data: ${SHARED_DIR})`);
for (const [name, run] of Object.entries(EvaluationsMap)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n## ${name}`);
  const started = performance.now();
  await run();
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
