/**
 * Generates synthetic news articles for tests and benchmarks: many look-alike incidents (fires,
 * floods, quakes, shootings) in invented towns, several reports each, with tolls and dates.
 */
export interface SyntheticArticle {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
  incident: string;
}

const KINDS = [
  { noun: "fire", verb: "swept through", cause: "a blaze" },
  { noun: "flood", verb: "inundated", cause: "rising water" },
  { noun: "earthquake", verb: "shook", cause: "the tremor" },
  { noun: "shooting", verb: "shocked", cause: "a gunman" },
  { noun: "landslide", verb: "buried part of", cause: "the slope" },
];
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ra",
  "ten",
  "bor",
  "vel",
  "sun",
  "dar",
  "quin",
  "pe",
  "tra",
  "nor",
  "ash",
  "wi",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const OUTLETS = [
  "Daily Lantern",
  "Morning Ledger",
  "Coast Wire",
  "Valley Courier",
  "Metro Signal",
  "Hill Gazette",
];

/** A small deterministic PRNG (mulberry32) so corpora are the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(count: number, seed = 7): SyntheticArticle[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const name = () => {
    const n = 2 + Math.floor(rnd() * 2);
    const s = Array.from({ length: n }, () => pick(SYLLABLES)).join("");
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const articles: SyntheticArticle[] = [];
  const incidents = Math.max(1, Math.floor(count / 3));
  const base = Date.parse("2024-01-01T00:00:00Z");
  for (let i = 0; i < incidents && articles.length < count; i++) {
    const kind = pick(KINDS);
    const town = name();
    const official = `${name()} ${name()}`;
    const day = base + Math.floor(rnd() * 700) * 86_400_000;
    const killed = 1 + Math.floor(rnd() * 40);
    const reports = 1 + Math.floor(rnd() * 5);
    for (let r = 0; r < reports && articles.length < count; r++) {
      const toll = killed + r * Math.floor(rnd() * 3);
      const injured = Math.floor(rnd() * 60);
      const published = new Date(day + r * 43_200_000).toISOString();
      articles.push({
        id: `syn-${i}-${r}`,
        title: `${kind.noun[0]!.toUpperCase()}${kind.noun.slice(1)} in ${town} leaves ${toll} dead`,
        outlet: pick(OUTLETS),
        published,
        incident: `inc-${i}`,
        text: [
          `A ${kind.noun} ${kind.verb} ${town} on ${WEEKDAYS[new Date(day).getUTCDay()]}, killing at least ${toll} people and injuring ${injured} others, officials said.`,
          `"We are still searching the area," said ${official}, the head of the local emergency office, adding that ${cause(kind.cause)} had caught many residents asleep.`,
          `Rescue teams from neighbouring districts arrived in ${town} overnight, and ${Math.floor(rnd() * 900) + 100} residents were moved to shelters.`,
          `The ${town} district has about ${Math.floor(rnd() * 90) + 10},000 inhabitants. Report ${r + 1} of the ${kind.noun} by ${pick(OUTLETS)}.`,
        ].join("\n\n"),
      });
    }
  }
  return articles;
}

function cause(text: string): string {
  return text;
}
