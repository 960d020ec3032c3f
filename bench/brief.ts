/**
 * Benchmark: build and render the brief of a 100-article story (goal: under 100 ms).
 * Run alone with `npx tsx bench/brief.ts`; bench/run.ts may import `benchBrief`.
 */
import { pathToFileURL } from "node:url";
import { buildBrief } from "../src/brief/build-brief.js";
import { BRIEF_FORMATS, renderBrief } from "../src/brief/render/render-brief.js";
import type { Claim } from "../src/model/claim.js";
import type { Entity } from "../src/model/entity.js";
import { article, casualty, control, entity, quote, ref } from "../test/reconcile/claim-builders.js";

const ARTICLES = 100;
const SENTENCES = 30;
const TOWNS = 40;
const GOAL_MS = 100;

const words =
  "river convoy bridge council shelter harvest border market school clinic rain power road port".split(" ");

/** A synthetic story: composed sentences, a monitor's rising toll, control of towns, quotes. */
export function syntheticStory(size = ARTICLES) {
  const towns: Entity[] = Array.from({ length: TOWNS }, (_, t) =>
    entity(`e-town-${t}`, `Town${t}`, { type: "place", lat: 40 + t / 10, lon: 20 + t / 10 }),
  );
  const monitor = ref("e-monitor", "the monitor");
  const articles = [];
  const claims: Claim[] = [];
  for (let a = 0; a < size; a++) {
    const id = `bench-${a}`;
    const sentences = Array.from({ length: SENTENCES }, (_, s) => {
      const w = (k: number) => words[(a * 7 + s * 3 + k) % words.length];
      return `In Town${(a + s) % TOWNS} the ${w(0)} near the ${w(1)} was closed after the ${w(2)} flooded on day ${s}.`;
    });
    const text = sentences.join(" ");
    articles.push(
      article(id, {
        text,
        outlet: `Outlet ${a % 37}`,
        published: `2025-04-${String(1 + (a % 28)).padStart(2, "0")}`,
      }),
    );
    const at = (s: number) => {
      const start = sentences.slice(0, s).join(" ").length + (s > 0 ? 1 : 0);
      return { sentence: sentences[s]!, start, end: start + sentences[s]!.length };
    };
    const town = towns[a % TOWNS]!;
    claims.push(
      casualty(`${id}-k`, id, 100 + a, { ...at(0), source: a % 5 ? monitor : null }),
      casualty(`${id}-c`, id, 10 + (a % 20), { ...at(1), group: "civilians", source: monitor }),
      casualty(`${id}-i`, id, 300 + a, {
        ...at(2),
        outcome: "injured",
        qualifier: "at-least",
        source: monitor,
      }),
      control(`${id}-t`, id, ref(town.id, town.name), {
        ...at(3),
        actor: ref("e-front", "the front"),
        source: monitor,
      }),
      quote(`${id}-q`, id, {
        ...at(4),
        speaker: ref(`e-person-${a % 30}`, `Speaker ${a % 30}`),
        quote: "We hold",
      }),
    );
    for (const t of [town, towns[(a + 1) % TOWNS]!]) t.articleIds.push(id);
  }
  const story = { id: "s-bench", title: "Synthetic story", articleIds: articles.map((a) => a.id) };
  return { story, articles, claims, entities: towns };
}

const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/**
 * Median milliseconds to build the brief and render it in every format: wall clock, and this
 * process's CPU time (what the wall clock would be on an idle machine).
 */
export function benchBrief(runs = 15): { medianMs: number; cpuMs: number; goalMs: number } {
  const input = syntheticStory();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const used = process.cpuUsage();
    const brief = buildBrief({ ...input, now: new Date() });
    for (const format of BRIEF_FORMATS) renderBrief(brief, format);
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  return { medianMs: median(wall), cpuMs: median(cpu), goalMs: GOAL_MS };
}

/** Prints the brief benchmark; sets a failing exit code when over the goal. */
export async function runBriefBench(): Promise<void> {
  const { medianMs, cpuMs, goalMs } = benchBrief();
  const verdict = medianMs < goalMs ? "ok" : "TOO SLOW (see CPU time on a busy machine)";
  console.log(
    `brief of a ${ARTICLES}-article story, build + 5 formats: median ${medianMs.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (goal < ${goalMs} ms) ${verdict}`,
  );
  if (cpuMs >= goalMs) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await runBriefBench();
