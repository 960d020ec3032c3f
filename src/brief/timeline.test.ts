import { describe, expect, it } from "vitest";
import { casualty, control, dateClaim, ref } from "../../test/reconcile/claim-builders.js";
import { buildTimeline } from "./timeline.js";

const claims = [
  casualty("c1", "a1", 9),
  casualty("c3", "a3", 9, { eventDate: "2025-05-02", sentence: "Nine died on Friday." }),
  control("k1", "a2", ref("e-port", "the port"), {
    eventDate: "2025-05-01",
    sentence: "The guard took the port.",
  }),
  casualty("c4", "a4", 9, { eventDate: "2025-05-02", sentence: "Nine died on Friday.", background: true }),
];

/** Date claims of one sentence of an article, deep in its text: (id, date, expression) => claim. */
const datesIn = (articleId: string, sentence: string) => (id: string, date: string, expression: string) =>
  dateClaim(id, articleId, { date, expression, sentence, start: 400 });

describe("buildTimeline", () => {
  it("keeps only events from a month before the first report to a day after the last", () => {
    const dated = [
      ...claims,
      dateClaim("d1", "a1", { date: "2024-01-10", sentence: "The war began in January 2024." }),
      dateClaim("d2", "a1", { date: "2025-05-09", sentence: "A vote is set for next Friday." }),
    ];
    const dates = buildTimeline(dated, ["2025-05-02T08:00:00Z", null, "2025-05-03"]).map((e) => e.date);
    expect(dates).toEqual(["2025-05-01", "2025-05-02"]);
    expect(buildTimeline(dated, [null]).map((e) => e.date)).toEqual([
      "2024-01-10",
      "2025-05-01",
      "2025-05-02",
      "2025-05-09",
    ]);
  });

  it("orders dated events and cites their articles", () => {
    expect(buildTimeline(claims)).toEqual([
      { date: "2025-05-01", text: "The guard took the port.", articleIds: ["a2"] },
      { date: "2025-05-02", text: "Nine died on Friday.", articleIds: ["a3"] },
    ]);
  });

  it("tells a running figure that moved on the day it was said, not on its event's day", () => {
    const sentence = "The number injured by Thursday's quake rose to 26, the institute said on Saturday.";
    const moved = [
      casualty("c1", "a1", 26, { outcome: "injured", eventDate: "2025-05-01", sentence }),
      dateClaim("d1", "a1", { date: "2025-05-01", sentence, expression: "Thursday" }),
      dateClaim("d2", "a1", { date: "2025-05-03", sentence, expression: "on Saturday" }),
    ];
    expect(buildTimeline(moved).map((e) => [e.date, e.text])).toEqual([["2025-05-03", sentence]]);
  });

  it("tells a day's events by the first report published that day, not by its shortest sentence", () => {
    const day = [
      dateClaim("d1", "late", { date: "2025-05-01", sentence: "Lawyers filed on Monday night." }),
      dateClaim("d2", "first", {
        date: "2025-05-01",
        sentence: "The high court ruled on Monday that the harbour levy was lawful.",
      }),
    ];
    const publishedOf = new Map([
      ["first", "2025-05-01T16:00:00Z"],
      ["late", "2025-05-02T09:00:00Z"],
    ]);
    const [event] = buildTimeline(day, [...publishedOf.values()], publishedOf);
    expect(event!.text).toBe("The high court ruled on Monday that the harbour levy was lawful.");
    expect(event!.articleIds.sort()).toEqual(["first", "late"]);
    // undated reports: the shortest sentence, as before
    expect(buildTimeline(day)[0]!.text).toBe("Lawyers filed on Monday night.");
  });

  it("keeps a month or year as written and keeps a month that overlaps the story's window", () => {
    const vague = [
      dateClaim("m1", "a1", { date: "2025-04", sentence: "Talks stalled in April 2025." }),
      dateClaim("y1", "a1", { date: "2011", sentence: "The dispute dates from 2011." }),
      dateClaim("d1", "a2", { date: "2025-05-02", sentence: "The dam broke on Friday." }),
    ];
    expect(buildTimeline(vague, [null]).map((e) => e.date)).toEqual(["2011", "2025-04", "2025-05-02"]);
    // reports of 2025-05-20: the window opens on 2025-04-19, inside April 2025, so April stays
    expect(buildTimeline(vague, ["2025-05-20"]).map((e) => e.date)).toEqual(["2025-04", "2025-05-02"]);
    // a year or month the first report falls in ("the deadliest this year") dates nothing
    const broad = [
      ...vague,
      dateClaim("y2", "a3", { date: "2025", sentence: "It was the worst this year." }),
    ];
    expect(buildTimeline(broad, ["2025-05-20"]).map((e) => e.date)).toEqual(["2025-04", "2025-05-02"]);
    expect(buildTimeline(vague, ["2025-04-20", "2025-05-03"]).map((e) => e.date)).toEqual(["2025-05-02"]);
  });

  it("tells a sentence once, at the earliest date it gives", () => {
    const sentence = "PORT ELWIN, May 4 (Wire) - The dam broke on Friday, officials said on Saturday.";
    const told = [
      casualty("s1", "a1", 9, { eventDate: "2025-05-02", sentence, start: 0 }),
      dateClaim("s2", "a1", { date: "2025-05-03", sentence, start: 0 }),
      dateClaim("s3", "a1", { date: "2025-05-04", sentence, start: 0 }),
      // another report's sentence of the same day stays
      dateClaim("s4", "a2", { date: "2025-05-03", sentence: "Crews worked through Saturday.", start: 40 }),
    ];
    expect(buildTimeline(told).map((e) => [e.date, e.text, e.articleIds])).toEqual([
      ["2025-05-02", "The dam broke on Friday, officials said on Saturday.", ["a1"]],
      ["2025-05-03", "Crews worked through Saturday.", ["a2"]],
    ]);
  });

  it("tells a sentence at the date of what it tells, not of its background", () => {
    const named = "Police on Sunday named the four people killed when a gunman opened fire on Saturday.";
    const charged = "Prosecutors on Monday charged the driver after Saturday's collision.";
    const told = [
      casualty("n1", "a1", 4, { eventDate: "2025-06-14", sentence: named, start: 400 }),
      dateClaim("n2", "a1", { date: "2025-06-15", expression: "on Sunday", sentence: named, start: 400 }),
      dateClaim("n3", "a1", { date: "2025-06-14", expression: "on Saturday", sentence: named, start: 400 }),
      dateClaim("p1", "a2", { date: "2025-06-16", expression: "on Monday", sentence: charged, start: 400 }),
      dateClaim("p2", "a2", { date: "2025-06-14", expression: "Saturday", sentence: charged, start: 400 }),
    ];
    expect(buildTimeline(told).map((e) => [e.date, e.text])).toEqual([
      ["2025-06-15", named],
      ["2025-06-16", charged],
    ]);
  });

  it("tells a sentence whose only other dates are of the things it names on the day it was said", () => {
    const arrested = "Police arrested nine men whose boat sank on Wednesday, an official said on Thursday.";
    const revised = "Eighty-four people died in Wednesday's bombings, the minister said on Friday.";
    const sank = "The boat sank on Wednesday, the coast guard said on Thursday.";
    const inArrested = datesIn("r1", arrested);
    const inRevised = datesIn("r2", revised);
    const inSank = datesIn("r3", sank);
    const told = [
      inArrested("a1", "2025-06-11", "on Wednesday"),
      inArrested("a2", "2025-06-12", "on Thursday"),
      casualty("b1", "r2", 84, { eventDate: "2025-06-11", sentence: revised, start: 400 }),
      inRevised("b2", "2025-06-11", "Wednesday"),
      inRevised("b3", "2025-06-13", "on Friday"),
      // what the sentence tells is dated itself: told on that day
      inSank("c1", "2025-06-11", "on Wednesday"),
      inSank("c2", "2025-06-12", "on Thursday"),
    ];
    expect(buildTimeline(told).map((e) => [e.date, e.text])).toEqual([
      ["2025-06-11", sank],
      ["2025-06-12", arrested],
      ["2025-06-13", revised],
    ]);
  });

  it("tells no event of a day something may or is to happen", () => {
    const oxygen = "The craft carried air that could run out early on Thursday.";
    const mourning = "The country will hold a day of mourning on Monday, the prime minister said on Sunday.";
    const inOxygen = datesIn("r1", oxygen);
    const inMourning = datesIn("r2", mourning);
    const told = [
      inOxygen("o1", "2025-06-12", "early on Thursday"),
      inMourning("m1", "2025-06-16", "on Monday"),
      inMourning("m2", "2025-06-15", "on Sunday"),
    ];
    expect(buildTimeline(told).map((e) => [e.date, e.text])).toEqual([["2025-06-15", mourning]]);
  });

  it("does not make a sentence's date an event of its own when its figure has that date", () => {
    const sentence = "The quay collapsed on Friday, killing nine dockers.";
    const told = [
      casualty("q1", "a1", 9, { eventDate: "2025-05-02", sentence, start: 10 }),
      dateClaim("q2", "a1", { date: "2025-05-02", sentence, start: 10 }),
      dateClaim("q3", "a2", { date: "2025-05-02", sentence: "Ferries stopped Friday.", start: 0 }),
    ];
    expect(buildTimeline(told).map((e) => [e.text, e.articleIds])).toEqual([
      [sentence, ["a1"]],
      ["Ferries stopped Friday.", ["a2"]],
    ]);
  });

  it("shows an event without the dateline of the report it opens", () => {
    const wired = casualty("w1", "a1", 9, {
      eventDate: "2025-05-02",
      sentence: "PORT ELWIN, May 2 (Wire) - Nine died on Friday.",
      start: 0,
    });
    expect(buildTimeline([wired]).map((e) => e.text)).toEqual(["Nine died on Friday."]);
  });
});
