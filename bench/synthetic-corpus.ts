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

/**
 * Everyday reports a town's paper also runs (council, school, sport, market): unrelated to the incident
 * in the same town, and often from the same day. Each takes the town, the weekday, a person and two figures.
 */
const LOCAL_STORIES: ((
  town: string,
  weekday: string,
  person: string,
  a: number,
  b: number,
) => [string, string])[] = [
  (town, weekday, person, a, b) => [
    `${town} council passes ${a} million budget`,
    `Councillors in ${town} voted on ${weekday} to approve a budget of ${a} million, ending weeks of argument over road repairs. ${person}, who chairs the finance committee, said ${b} new street lights would go up before winter. Opposition members called the plan too timid.`,
  ],
  (town, weekday, person, a, b) => [
    `New school opens its doors in ${town}`,
    `Pupils walked into the new ${town} primary school for the first time on ${weekday}. The building has room for ${a * 10} children in ${b} classrooms, said head teacher ${person}, who thanked parents for years of fundraising.`,
  ],
  (town, weekday, person, a, b) => [
    `${town} Athletic win derby ${a % 5}-${b % 4}`,
    `${town} Athletic beat their neighbours ${a % 5}-${b % 4} on ${weekday} in front of a crowd of ${a * 100}. Striker ${person} scored twice before half-time, and the club moves up to third place in the regional league.`,
  ],
  (town, weekday, person, a, b) => [
    `Farmers market returns to ${town} square`,
    `The weekly farmers market came back to the ${town} square on ${weekday} after a two-year break, with ${a} stalls selling cheese, honey and vegetables. Organiser ${person} hopes to reach ${b + a} stalls by the summer.`,
  ],
];

export interface CorpusOptions {
  /**
   * Share of incidents whose town's paper also runs one or two unrelated everyday stories (one to
   * three reports each) around the same days: what tells a town's stories apart is then their subject,
   * not their town or date. Default 0 (look-alike incidents only).
   */
  localNews?: number;
}

export function generateCorpus(count: number, seed = 7, options: CorpusOptions = {}): SyntheticArticle[] {
  const rnd = seededRandom(seed);
  // a second generator for the everyday stories, so the incidents are the same with or without them
  const local = seededRandom(seed ^ 0x5bd1e995);
  const localShare = options.localNews ?? 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const nameFrom = (random: () => number) => {
    const n = 2 + Math.floor(random() * 2);
    const s = Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join("");
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const name = () => nameFrom(rnd);
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
    if (local() >= localShare) continue;
    const stories = 1 + Math.floor(local() * 2);
    for (let k = 0; k < stories && articles.length < count; k++) {
      const story = LOCAL_STORIES[Math.floor(local() * LOCAL_STORIES.length)]!;
      const storyDay = day + Math.floor(local() * 3 - 1) * 86_400_000;
      const person = `${nameFrom(local)} ${nameFrom(local)}`;
      const a = 2 + Math.floor(local() * 40);
      const b = 3 + Math.floor(local() * 20);
      const reports = 1 + Math.floor(local() * 3);
      for (let r = 0; r < reports && articles.length < count; r++) {
        const [title, text] = story(town, WEEKDAYS[new Date(storyDay).getUTCDay()]!, person, a, b);
        articles.push({
          id: `syn-${i}-local-${k}-${r}`,
          title,
          outlet: OUTLETS[Math.floor(local() * OUTLETS.length)]!,
          published: new Date(storyDay + r * 21_600_000).toISOString(),
          incident: `inc-${i}-local-${k}`,
          text: `${text}\n\nReport ${r + 1} from the ${town} desk.`,
        });
      }
    }
  }
  return articles;
}

function cause(text: string): string {
  return text;
}
