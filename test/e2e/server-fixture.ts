import type { Article, Brief, Story } from "../../src/model/index.js";
import type { ServerBackend } from "../../src/server/backend.js";

/** A small made-up story (sentences written for these tests) served from memory. */
const texts: Record<string, [string, string, string]> = {
  "a-1": [
    "Ferry capsizes near Mwanza",
    "Lake Daily",
    "A passenger ferry capsized near Mwanza on Monday. Police said at least 40 people died. " +
      '"We are still searching the water," said regional commissioner Amina Juma.',
  ],
  "a-2": [
    "Toll rises after ferry accident",
    "Coast Wire",
    "Rescuers recovered more bodies on Tuesday. The Red Cross put the toll at 52 dead and 30 injured. " +
      '"The boat carried twice its capacity," said Amina Juma.',
  ],
};

const articles: Article[] = Object.entries(texts).map(([id, [title, outlet, text]], i) => ({
  id,
  title,
  text,
  url: null,
  outlet,
  published: `2024-05-0${6 + i}`,
  language: "en",
  origin: `${id}.txt`,
  extra: {},
  contentHash: id,
  signature: id,
  storyId: "s-ferry",
  duplicateOf: null,
  casualties: { killed: i === 0 ? 40 : 52, injured: i === 0 ? null : 30 },
  ingestedAt: "2024-05-08T00:00:00Z",
}));

const story: Story = {
  id: "s-ferry",
  title: "Ferry capsizes near Mwanza",
  articleIds: ["a-1", "a-2"],
  firstDate: "2024-05-06",
  lastDate: "2024-05-07",
  casualties: { killed: 52, injured: 30 },
};

const find = (id: string, needle: string) => {
  const text = texts[id]?.[2] ?? "";
  const start = text.indexOf(needle);
  return { articleId: id, start, end: start + needle.length, text: needle };
};

export const fixtureBrief: Brief = {
  version: 1,
  storyId: story.id,
  title: story.title,
  generatedAt: "2024-05-08T00:00:00Z",
  articles: articles.map(({ id, title, outlet, url, published, duplicateOf, casualties }) => ({
    ...{ id, title, lead: null, outlet, url, published, duplicateOf, casualties },
  })),
  casualties: story.casualties,
  summary: [
    // the later report's sentence first: a citation names the article, not the summary line
    find("a-2", "The Red Cross put the toll at 52 dead and 30 injured."),
    find("a-1", "A passenger ferry capsized near Mwanza on Monday."),
  ],
  findings: [
    {
      topic: "killed:all",
      verdict: "update",
      best: { count: 52, qualifier: "exact" },
      conservative: { count: 40, qualifier: "at-least" },
      independentSources: 2,
      outlets: 2,
      explanation: "The later figure from the Red Cross supersedes the first police count.",
      values: [
        {
          claimId: "c-1",
          articleId: "a-1",
          count: 40,
          countMax: null,
          qualifier: "at-least" as const,
          source: "e-police",
        },
        {
          claimId: "c-2",
          articleId: "a-2",
          count: 52,
          countMax: null,
          qualifier: "exact" as const,
          source: "e-rc",
        },
      ].map((v, i) => ({
        ...v,
        sourceName: i ? "Red Cross" : "Police",
        outlet: i ? "Coast Wire" : "Lake Daily",
        date: `2024-05-0${6 + i}`,
      })),
    },
  ],
  rule: "The latest figure from the most direct source wins; the lowest lower bound is kept beside it.",
  entities: [],
  claims: [],
  quotes: [
    ["a-1", "We are still searching the water,"],
    ["a-2", "The boat carried twice its capacity,"],
  ].map(([articleId, quote], i) => {
    const at = find(articleId!, quote!);
    return {
      id: `q-${i}`,
      articleId: at.articleId,
      kind: "quote" as const,
      sentence: at.text,
      start: at.start,
      end: at.end,
      source: null,
      channel: null,
      eventDate: null,
      background: false,
      speaker: { text: "Amina Juma", start: null, end: null, entityId: null },
      quote: quote!.replace(/,$/, ""),
    };
  }),
  timeline: [
    { date: "2024-05-06", text: "A passenger ferry capsized near Mwanza.", articleIds: ["a-1"] },
    { date: "2024-05-07", text: "Rescuers recovered more bodies.", articleIds: ["a-2"] },
  ],
  places: [
    {
      entityId: "e-mwanza",
      name: "Mwanza",
      lat: -2.52,
      lon: 32.9,
      scope: "local",
      events: [{ text: "ferry capsized", articleIds: ["a-1"] }],
    },
    // only named, near but off the frame the event's town sets: listed as outside the map
    { entityId: "e-kampala", name: "Kampala", lat: 0.35, lon: 32.58, scope: "local", events: [] },
    // a whole country at its capital: listed, not drawn beside the town
    { entityId: "e-tanzania", name: "Tanzania", lat: -6.17, lon: 35.74, scope: "country", events: [] },
  ],
  provenance: [
    { outlet: "Lake Daily", articleId: "a-1", sources: ["e-police"] },
    { outlet: "Coast Wire", articleId: "a-2", sources: ["e-rc"] },
  ],
  coverage: {
    facts: [
      { key: "killed:all", label: "people killed", articleIds: ["a-1", "a-2"] },
      { key: "injured:all", label: "people injured", articleIds: ["a-2"] },
    ],
    perArticle: [
      { articleId: "a-1", exclusive: [], missing: [] },
      { articleId: "a-2", exclusive: ["injured:all"], missing: [] },
    ],
  },
};

export function fixtureBackend(): ServerBackend {
  return {
    listStories: async ({ offset, limit }) => ({ stories: [story].slice(offset, offset + limit), total: 1 }),
    getStory: async (id) => (id === story.id ? story : null),
    getBrief: async (id) => (id === story.id ? fixtureBrief : null),
    getArticle: async (id) => articles.find((a) => a.id === id) ?? null,
    search: async (q) => {
      const hits = articles.filter((a) => a.text.toLowerCase().includes(q.toLowerCase()));
      const snippet = (a: Article) => a.text.slice(0, 80);
      return {
        articles: hits.map((a) => ({ ...a, snippet: snippet(a) })),
        stories: hits.length ? [story] : [],
      };
    },
    ingest: async (inputs) => ({ ingested: inputs.map((i) => i.id), unchanged: [], problems: [] }),
    close: async () => {},
  };
}
