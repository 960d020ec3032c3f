import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Entity } from "../src/model/index.js";
import {
  checkCoordinates,
  checkNoSharing,
  checkVariants,
  type EntityGold,
  type GoldEntity,
  misses,
  scoreTypes,
} from "./entities-score.js";
import { ingestAndExport } from "./pipeline-ingest.js";

/** Ingests a corpus folder through the real pipeline (normalize, extract, cluster, resolve) and returns its entities. */
export async function resolveCorpus(dir: string): Promise<Entity[]> {
  const exported = await ingestAndExport([], [dir]);
  return exported.entities.map((e) => ({
    ...e,
    lat: e.lat ?? null,
    lon: e.lon ?? null,
    geoConfidence: null,
    country: null,
  }));
}

function readGold(path: string, defaultCorpus: string): EntityGold {
  const raw = JSON.parse(readFileSync(path, "utf8")) as EntityGold | GoldEntity[];
  return Array.isArray(raw) ? { corpus: defaultCorpus, entities: raw } : raw;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

async function evaluateOne(label: string, corpusDir: string, gold: EntityGold): Promise<boolean> {
  const entities = await resolveCorpus(corpusDir);
  console.log(`\n== entities: ${label} (${entities.length} entities)`);
  let pass = true;
  for (const s of scoreTypes(entities, gold.entities)) {
    console.log(
      `${s.type.padEnd(13)} precision ${pct(s.precision)} (${s.correct}/${s.system})  recall ${pct(s.recall)} (${s.found}/${s.gold})`,
    );
    if (s.gold > 0 && (s.precision < 0.85 || s.recall < 0.9)) pass = false;
  }
  const { missed, spurious, split } = misses(entities, gold.entities);
  console.log(`missed: ${missed.join(", ") || "-"}`);
  console.log(`spurious: ${spurious.join(", ") || "-"}`);
  console.log(`split into several entities: ${split.join(", ") || "-"}`);
  for (const v of checkVariants(entities, gold.variants ?? [])) {
    console.log(`variants ${v.ok ? "ok  " : "FAIL"} ${v.group.join(" / ")}`);
    if (!v.ok) pass = false;
  }
  const shared = checkNoSharing(entities, gold.entities, gold.distinct ?? []);
  console.log(`distinct entities kept apart: ${shared.length === 0 ? "ok" : `FAIL ${shared.join("; ")}`}`);
  if (shared.length > 0) pass = false;
  for (const c of checkCoordinates(entities, gold.coordinates ?? [])) {
    console.log(
      `within 30 km ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.km === null ? "no coordinates" : `${c.km.toFixed(1)} km`}`,
    );
    if (!c.ok) pass = false;
  }
  return pass;
}

/** Entity quality on the seed reports and, when its gold list exists, the demo corpus. True when all targets hold. */
export async function evaluateEntities(sharedDir: string, repoDir: string): Promise<boolean> {
  let pass = true;
  const seedGold = JSON.parse(
    readFileSync(join(repoDir, "eval/gold/seed-entities.json"), "utf8"),
  ) as EntityGold;
  const seedDir = join(sharedDir, seedGold.corpus);
  if (existsSync(seedDir)) pass = (await evaluateOne("seeds", seedDir, seedGold)) && pass;
  else console.log(`entities: seed corpus not found at ${seedDir}`);
  const demoGoldPath = join(repoDir, "eval/gold/demo-entities.json");
  if (existsSync(demoGoldPath)) {
    const demoGold = readGold(demoGoldPath, "examples");
    const demoDir = join(repoDir, demoGold.corpus);
    if (existsSync(demoDir)) pass = (await evaluateOne("demo", demoDir, demoGold)) && pass;
  }
  return pass;
}

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sharedDir = process.env.CROSSCHECK_SHARED ?? resolve(repoDir, "../shared");
  const pass = await evaluateEntities(sharedDir, repoDir);
  process.exitCode = pass ? 0 : 1;
}
