import { describe, expect, it } from "vitest";
import {
  ARTICLES,
  DAM_ARTICLES,
  QUAKE_A1_COPY,
  SAME_TOWN_CASE,
  STORY_CASES,
  storyPattern,
} from "./fixtures/story-articles.js";
import { CLUSTER_SETTINGS } from "./settings.js";
import { StoryClusterer } from "./story-clusterer.js";
import { evidenceScore } from "./story-evidence.js";

/** Reports whose extracted places are `places`, as the pipeline would hand them to the clusterer. */
const placedIn = (places: string[]) => (id: string, published: string, text: string) => ({
  id,
  title: null,
  published,
  places,
  text,
});

describe("StoryClusterer", () => {
  it.each(STORY_CASES)("$why", ({ ids, stories }) => {
    expect(storyPattern(CLUSTER_SETTINGS, ids)).toEqual(stories);
  });

  it(SAME_TOWN_CASE.why, () => {
    expect(storyPattern(CLUSTER_SETTINGS, SAME_TOWN_CASE.ids)).toEqual(SAME_TOWN_CASE.stories);
  });

  it("keeps a report that shares only a town and a day with a story out of it, through linking and regrouping", () => {
    const crash = placedIn(["Veldhoven", "Netherlands"]);
    const reports = [
      crash(
        "rail1",
        "2031-02-01T07:00:00Z",
        "A commuter train ran into a stationary goods train outside Veldhoven late on Friday, killing 14 " +
          "passengers, fire brigade spokesman Joost Hendriks said. Cranes lifted the wrecked carriages " +
          "through the night, and ProRail said the line to Eindhoven would stay shut.",
      ),
      crash(
        "rail2",
        "2031-02-01T16:00:00Z",
        "The toll of the Veldhoven rail collision rose to 21 on Saturday, Joost Hendriks said, and ProRail " +
          "said a points fault had put the commuter train on the goods line.",
      ),
      crash(
        "rail3",
        "2031-02-02T10:00:00Z",
        "Investigators examined the signalling box near Veldhoven on Sunday after Friday's collision between a " +
          "commuter train and a goods train, which killed 21 passengers.",
      ),
      {
        id: "gale",
        title: null,
        published: "2031-02-01T18:00:00Z",
        places: ["Veldhoven"],
        text:
          "Gusts of up to 110 km/h tore roofs off sheds and felled trees across Veldhoven on Saturday, and " +
          "about 8,000 homes lost electricity for several hours. The weather office lifted its warning at dusk, " +
          "and the council asked residents to report fallen branches blocking cycle paths. Forecasters expect " +
          "calmer, colder weather from Monday, with frost in low-lying polders.",
      },
    ];
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    for (const report of reports.slice(0, 3)) clusterer.add(report);
    // the gale report shares the town, the day and little else: the place and date evidence alone would
    // take it in (its score without the floor reaches the join threshold)
    const [against] = clusterer.explain(reports[3]!);
    expect(against!.evidence.cosine).toBeLessThan(CLUSTER_SETTINGS.contentFloor);
    expect(evidenceScore(against!.evidence, CLUSTER_SETTINGS)).toBeGreaterThan(
      CLUSTER_SETTINGS.joinThreshold,
    );
    clusterer.add(reports[3]!);
    clusterer.linkStories();
    clusterer.regroup();
    const story = (id: string) => clusterer.storyOf(id);
    expect([story("rail2"), story("rail3")]).toEqual([story("rail1"), story("rail1")]);
    expect(story("gale")).not.toBe(story("rail1"));
  });

  it("takes in a toll update days later that names other weekdays than the story's first reports", () => {
    const fire = placedIn(["Port Alder", "Kestrel Island"]);
    const reports = [
      fire(
        "fire1",
        "2031-08-09T22:00:00Z",
        "A wildfire driven by gale-force winds burned through the harbour town of Port Alder on Kestrel " +
          "Island on Tuesday night, killing at least six people, and residents escaped into the sea. County " +
          "officials said on Wednesday that hundreds of homes along the waterfront had burned down.",
      ),
      fire(
        "fire2",
        "2031-08-11T03:00:00Z",
        "At least 36 people died in the wildfire that razed much of Port Alder, Kestrel County said late on " +
          "Wednesday, and it expected the toll to rise as search teams reached burned streets. Governor Lina " +
          "Moss called the fire the worst disaster in the island's history.",
      ),
      fire(
        "fire3",
        "2031-08-13T18:00:00Z",
        "The number of people killed by the Kestrel Island wildfire rose to 93 on Saturday, the deadliest " +
          "fire in the country in a century, officials said. Police chief Aaron Vale said search dogs had " +
          "covered only a small part of the burned area of Port Alder, and that the toll would rise.",
      ),
    ];
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    for (const report of reports) clusterer.add(report);
    clusterer.linkStories();
    clusterer.regroup();
    const story = (id: string) => clusterer.storyOf(id);
    expect([story("fire2"), story("fire3")]).toEqual([story("fire1"), story("fire1")]);
  });

  it("flags a wire copy as a duplicate of the original and keeps it in the story", () => {
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const original = clusterer.add(ARTICLES.quakeA1!);
    clusterer.add(ARTICLES.quakeB1!);
    const copy = clusterer.add(QUAKE_A1_COPY);
    expect([copy.duplicateOf, copy.storyId]).toEqual(["quakeA1", original.storyId]);
  });

  it("merges two stories bridged by an article and redirects the old id", () => {
    // a permissive merge threshold so the bridging article (about both quakes) fits both strongly
    const clusterer = new StoryClusterer({
      ...CLUSTER_SETTINGS,
      mergeThreshold: CLUSTER_SETTINGS.joinThreshold,
    });
    const a = clusterer.add(ARTICLES.quakeA1!).storyId;
    const b = clusterer.add(ARTICLES.quakeB1!).storyId;
    const bridge = clusterer.add({
      id: "bridge",
      title: "Earthquakes in Chile and Indonesia",
      published: "2031-05-07T20:00:00Z",
      text:
        "Two strong earthquakes this week killed people on both sides of the Pacific. In northern Chile a " +
        "magnitude 6.8 quake killed 12 in the mining town of Calama, where rescuers searched collapsed adobe " +
        "houses, Minister Lucia Ferrada said. In Indonesia a magnitude 6.1 quake killed seven in Ambon in the " +
        "Maluku islands, where a school and a mosque were damaged, agency spokesman Budi Santoso said. " +
        "Aftershocks rattled both regions.",
    });
    expect(bridge.merged).toHaveLength(1);
    expect([clusterer.resolve(a), clusterer.resolve(b)]).toEqual([bridge.storyId, bridge.storyId]);
  });

  it("folds two stories as another process sharing the store merged them, keeping the store's id", () => {
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const a = clusterer.add(ARTICLES.quakeA1!).storyId;
    const b = clusterer.add(ARTICLES.quakeB1!).storyId;
    expect(a).not.toBe(b);
    clusterer.followMerge(a, b);
    expect([clusterer.storyOf("quakeA1"), clusterer.resolve(a), clusterer.story(b)?.size]).toEqual([b, b, 2]);
    // the folded story is one candidate now: a report of either quake finds it
    expect(clusterer.explain(ARTICLES.quakeA2!).map((c) => c.storyId)).toEqual([b]);
    // unknown or already folded: nothing changes
    clusterer.followMerge(a, b);
    clusterer.followMerge("s-unknown", b);
    expect(clusterer.story(b)?.size).toBe(2);
  });

  describe("linking stories", () => {
    // no joins, merges or rejoins: every report starts a story of its own, and only linking brings any together
    const apart = { ...CLUSTER_SETTINGS, joinThreshold: 99, rejoinThreshold: 99, mergeThreshold: 99 };
    const ids = ["quakeA1", "quakeB1", "quakeA2", "quakeA3", "quakeB2", "budget", "strikeA"];
    const place = (linkThreshold: number) => {
      const clusterer = new StoryClusterer({ ...apart, linkThreshold });
      const first = ids.map((id) => clusterer.add(ARTICLES[id]!).storyId);
      return { clusterer, first };
    };

    it("folds the fragments of each event together and keeps other events and the town's other news apart", () => {
      const { clusterer, first } = place(-2.5);
      expect(new Set(first).size).toBe(ids.length);
      const folds = clusterer.linkStories();
      expect(folds).toHaveLength(3);
      const [a1, b1, a2, a3, b2, budget, strike] = ids.map((id) => clusterer.storyOf(id));
      expect([a2, a3]).toEqual([a1, a1]);
      expect(b2).toBe(b1);
      expect(new Set([a1, b1, budget, strike]).size).toBe(4);
      // every folded id still resolves, to the story that took it in
      for (const { from, to } of folds) expect(clusterer.resolve(from)).toBe(clusterer.resolve(to));
      // nothing gained members since: a second pass has nothing to check
      expect(clusterer.linkStories()).toEqual([]);
    });

    it("checks a folded story again, since it has more to say than either fragment", () => {
      const clusterer = new StoryClusterer({ ...apart, linkThreshold: -2 });
      const reports = [...Object.values(DAM_ARTICLES), ARTICLES.quakeA1!];
      for (const report of reports) clusterer.add(report);
      const folds = clusterer.linkStories();
      const [a, b, c, d, e, quake] = reports.map((r) => clusterer.storyOf(r.id));
      // the burst, the search and the bodies found fold first; the visit (naming the officials of the burst
      // and the search, and nothing else) only joins them once they are one story, in a second round; the
      // inquiry (new names, no toll) stays apart at this threshold
      expect([b, c, e]).toEqual([a, a, a]);
      expect(folds).toHaveLength(3);
      expect(folds[2]!.from === folds[0]!.to || folds[2]!.to === folds[0]!.to).toBe(true);
      expect(new Set([a, d, quake]).size).toBe(3);
      expect(clusterer.linkStories()).toEqual([]);
    });

    it("links nothing when turned off, and links more the lower the threshold", () => {
      const off = place(99);
      expect(off.clusterer.linkStories()).toEqual([]);
      expect(ids.map((id) => off.clusterer.storyOf(id))).toEqual(off.first);
      // at -4 the strike report and the harbour budget, which share only the town, are folded too
      const loose = place(-4);
      loose.clusterer.linkStories();
      expect(loose.clusterer.storyOf("strikeA")).toBe(loose.clusterer.storyOf("budget"));
    });
  });

  describe("regrouping after a batch", () => {
    const place = (ids: readonly string[], settings = CLUSTER_SETTINGS) => {
      const clusterer = new StoryClusterer(settings);
      for (const id of ids) clusterer.add(ARTICLES[id]!);
      clusterer.linkStories();
      const pattern = () => {
        const live = ids.map((id) => clusterer.storyOf(id));
        return live.map((storyId) => [...new Set(live)].indexOf(storyId));
      };
      return { clusterer, pattern };
    };
    const none = { moves: [], redirects: [], changed: [] };

    it("undoes a wrong merge that most arrival orders would not make", () => {
      const ids = ["quakeA1", "quakeB1", "quakeA2", "quakeA3", "quakeB2", "strikeA", "strikeB"];
      const { clusterer, pattern } = place(ids);
      expect(pattern()).toEqual([0, 1, 0, 0, 1, 2, 2]);
      expect(clusterer.regroup()).toEqual(none);
      // the same batch again, and another process merged the two earthquakes (as a bridging report could)
      const merged = place(ids);
      const a = merged.clusterer.storyOf("quakeA1")!;
      const b = merged.clusterer.storyOf("quakeB1")!;
      merged.clusterer.followMerge(a, b);
      expect(merged.pattern()).toEqual([0, 0, 0, 0, 0, 1, 1]);
      // the seven replays keep them apart: one vote of eight for the merge is not a majority
      const regrouping = merged.clusterer.regroup();
      expect(merged.pattern()).toEqual([0, 1, 0, 0, 1, 2, 2]);
      // the larger side (quake A) keeps the merged story's id; quake B takes a new one
      expect(merged.clusterer.storyOf("quakeA1")).toBe(b);
      const quakeB = merged.clusterer.storyOf("quakeB1")!;
      expect(regrouping).toEqual({
        moves: [{ articleIds: ["quakeB1", "quakeB2"], storyId: quakeB }],
        redirects: [],
        changed: expect.arrayContaining([b, quakeB]),
      });
      // each side is a whole story again, rebuilt from its members: a report of quake A finds its own
      expect([merged.clusterer.story(b)?.size, merged.clusterer.story(quakeB)?.size]).toEqual([3, 2]);
      expect(merged.clusterer.explain(ARTICLES.quakeA4!)[0]?.storyId).toBe(b);
      // the batch is done: a second call has nothing to regroup
      expect(merged.clusterer.regroup()).toEqual(none);
    });

    it("changes nothing when turned off", () => {
      const ids = ["quakeA1", "quakeB1", "quakeA2", "quakeB2"];
      const off = place(ids, { ...CLUSTER_SETTINGS, regroupOrders: 1 });
      off.clusterer.followMerge(off.clusterer.storyOf("quakeA1")!, off.clusterer.storyOf("quakeB1")!);
      expect(off.clusterer.regroup()).toEqual(none);
      expect(off.pattern()).toEqual([0, 0, 0, 0]);
    });

    it("keeps each story case once the batch is regrouped", () => {
      for (const { ids, stories } of [...STORY_CASES, SAME_TOWN_CASE]) {
        const { clusterer, pattern } = place(ids);
        clusterer.regroup();
        expect(pattern()).toEqual(stories);
      }
    });
  });

  describe("lone reports", () => {
    // with the join threshold at 1.5 and no merges, quakeA3 (a short follow-up) scores 1.4 against quakeA1
    // and starts a story of its own; the story it came closest to joining is quakeA1's
    const strict = { ...CLUSTER_SETTINGS, joinThreshold: 1.5, mergeThreshold: 99 };
    const place = (rejoinThreshold: number, ids: string[]) => {
      const clusterer = new StoryClusterer({ ...strict, rejoinThreshold });
      const placed = ids.map((id) => clusterer.add(ARTICLES[id]!));
      return { clusterer, placed, storyOf: (id: string) => clusterer.storyOf(id) };
    };
    const order = ["quakeA1", "quakeB1", "quakeA3", "quakeA4"];

    it("fold into the story they came closest to once it gains a member and they score enough", () => {
      const never = place(99, order);
      expect(never.placed[2]!.storyId).not.toBe(never.placed[0]!.storyId);
      expect(never.placed[3]!.merged).toEqual([]);
      expect(never.storyOf("quakeA3")).toBe(never.placed[2]!.storyId);

      // quakeA4 joins quakeA1 (4.0); quakeA3 then scores 1.4 against the two
      const { clusterer, placed, storyOf } = place(0, order);
      const [a1, b1, lone, update] = placed.map((p) => p.storyId);
      expect(lone).not.toBe(a1);
      expect(update).toBe(a1);
      expect(placed[3]!.merged).toEqual([lone]);
      expect(["quakeA1", "quakeA3", "quakeA4", "quakeB1"].map(storyOf)).toEqual([a1, a1, a1, b1]);
      expect(clusterer.resolve(lone!)).toBe(a1);
      expect(clusterer.story(a1!)?.size).toBe(3);
    });

    it("fold the same way after the clusterer is rebuilt from stored placements", () => {
      const settings = { ...strict, rejoinThreshold: 0 };
      const first = new StoryClusterer(settings);
      const rebuilt = new StoryClusterer(settings);
      for (const id of ["quakeA1", "quakeB1", "quakeA3"])
        rebuilt.restore(ARTICLES[id]!, first.add(ARTICLES[id]!));
      const update = first.add(ARTICLES.quakeA4!);
      expect(update.merged).toHaveLength(1);
      expect(rebuilt.add(ARTICLES.quakeA4!)).toEqual(update);
    });

    it("never fold into a story other than the one they came closest to", () => {
      // joins quakeB1's story and has quakeA3's and quakeA1's among its candidates (Calama in passing)
      const burial = {
        id: "quakeB3",
        title: "Ambon quake victims buried",
        published: "2031-05-09T08:00:00Z",
        text:
          "Families in Ambon buried the seven people killed in Wednesday's earthquake in Indonesia's Maluku " +
          "islands, Budi Santoso of the disaster agency said. The quake came days after the one in Calama, " +
          "Chile, where families who lost their homes still sleep in tents.",
      };
      const clusterer = new StoryClusterer({ ...strict, rejoinThreshold: -99 });
      const placed = ["quakeA1", "quakeB1", "quakeA3"].map((id) => clusterer.add(ARTICLES[id]!));
      const candidates = clusterer.explain(burial).map((c) => c.storyId);
      expect(candidates).toEqual(expect.arrayContaining(placed.map((p) => p.storyId)));
      const burialPlaced = clusterer.add(burial);
      expect(burialPlaced.storyId).toBe(placed[1]!.storyId);
      expect(burialPlaced.merged).toEqual([]);
      expect(clusterer.storyOf("quakeA3")).toBe(placed[2]!.storyId);
    });
  });

  it("rebuilds from stored placements and places the next article the same way", () => {
    const first = new StoryClusterer(CLUSTER_SETTINGS);
    const placements = ["quakeA1", "quakeB1"].map((id) => ({
      article: ARTICLES[id]!,
      ...first.add(ARTICLES[id]!),
    }));
    const rebuilt = new StoryClusterer(CLUSTER_SETTINGS);
    for (const { article, ...placed } of placements) rebuilt.restore(article, placed);
    expect(rebuilt.add(ARTICLES.quakeA2!).storyId).toBe(first.add(ARTICLES.quakeA2!).storyId);
  });

  it("cuts a story in two when its members turn out to report two events", () => {
    // everything joins one story, so only the split can keep the two earthquakes apart
    const clusterer = new StoryClusterer({ ...CLUSTER_SETTINGS, joinThreshold: -99, mergeThreshold: 99 });
    const placed = ["quakeA1", "quakeB1", "quakeA2"].map((id) => clusterer.add(ARTICLES[id]!));
    expect(new Set(placed.map((p) => p.storyId)).size).toBe(1);
    expect(placed.map((p) => p.split)).toEqual([null, null, null]);
    const last = clusterer.add(ARTICLES.quakeB2!);
    const first = placed[0]!.storyId;
    expect(last.split).toEqual({ from: first, to: last.storyId, articleIds: ["quakeB1", "quakeB2"] });
    expect(["quakeA1", "quakeA2", "quakeB1", "quakeB2"].map((id) => clusterer.storyOf(id))).toEqual([
      first,
      first,
      last.storyId,
      last.storyId,
    ]);
    expect([clusterer.story(first)?.size, clusterer.story(last.storyId)?.size]).toEqual([2, 2]);
  });

  it("never splits with the split threshold at -99", () => {
    const clusterer = new StoryClusterer({
      ...CLUSTER_SETTINGS,
      joinThreshold: -99,
      mergeThreshold: 99,
      splitThreshold: -99,
    });
    const placed = ["quakeA1", "quakeB1", "quakeA2", "quakeB2"].map((id) => clusterer.add(ARTICLES[id]!));
    expect(new Set(placed.map((p) => p.storyId)).size).toBe(1);
  });

  it("gives a story's kept terms back as words, whatever ids they have inside", () => {
    const clusterer = new StoryClusterer(CLUSTER_SETTINGS);
    const quake = clusterer.add(ARTICLES.quakeA1!).storyId;
    const strike = clusterer.add(ARTICLES.strikeA!).storyId;
    const terms = clusterer.storyTerms(quake);
    expect(terms.size).toBeGreaterThan(0);
    expect([...terms.keys()].some((term) => term.includes("earthquak"))).toBe(true);
    expect([...clusterer.storyTerms(strike).keys()].some((term) => term.includes("earthquak"))).toBe(false);
    expect(clusterer.storyTerms("no such story").size).toBe(0);
  });
});
