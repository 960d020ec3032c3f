import { describe, expect, it } from "vitest";
import type { CasualtyClaim } from "../../model/index.js";
import { buildExtractContext } from "../build-context.js";
import { extractCasualties } from "./extract-casualties.js";

/** Compact view of a claim: "outcome qualifier count group [part] [bg]". */
function view(text: string, published: string | null = null): string[] {
  const claims = extractCasualties(buildExtractContext({ articleId: "t", text, published }));
  const byId = new Map(claims.map((c) => [c.id, c]));
  return claims.map((c: CasualtyClaim) => {
    const parent = c.partOf ? byId.get(c.partOf) : undefined;
    return [
      c.outcome,
      c.qualifier,
      c.count,
      c.group,
      parent ? `part-of-${parent.count}` : "",
      c.background ? "bg" : "",
      c.tentative ? "tentative" : "",
    ]
      .filter((x) => x !== "")
      .join(" ");
  });
}

const rows: [string, string[]][] = [
  // outcome from verb or noun
  ["Nine goats were killed in the raid.", []],
  ["Nine villagers were killed in the raid.", ["killed exact 9 civilians"]],
  ["Nine people were killed in the raid.", ["killed exact 9 all"]],
  // pupils and schoolgirls are people; gunmen seize people, not only places; the one who tells is no count
  [
    "Gunmen abducted 287 pupils and staff, a teacher who escaped told reporters.",
    ["kidnapped exact 287 other"],
  ],
  ["Gunmen seized 80 schoolgirls from their dormitory.", ["kidnapped exact 80 children"]],
  ["Troops freed 137 hostages seized from the school.", ["kidnapped exact 137 all"]],
  ["The rebels seized 12 villages.", []],
  // a range or bound may open the sentence
  ["Between 10 and 15 people were killed in the raid.", ["killed range 10 all"]],
  ["Under 20 people were hurt.", ["injured at-most 20 all"]],
  // a toll that moved gives its new figure, not the range between the two
  ["The death toll rose from 84 to 103 overnight.", ["killed exact 103 all"]],
  ["The flood left 14 dead.", ["killed exact 14 all"]],
  // "all but two of the 181" are 179, and the two spared are no count
  ["All but two of the 181 people on board were killed.", ["killed exact 179 all"]],
  ["All but one of the 12 miners died.", ["killed exact 11 all"]],
  // bodies recovered are the dead; an aside about those counted does not use up the reach of their verb
  ["The number of bodies recovered after the ferry sank off Tilos has risen to 41.", ["killed exact 41 all"]],
  [
    "Hundreds, many of them women and children who had been kept below deck, are still missing.",
    ["missing at-least 200 all"],
  ],
  // a ranking against a decade names the period, and the figure stays current
  [
    "Up to 500 people were feared missing, which would make it the deadliest shipwreck in the region in a decade.",
    ["missing at-most 500 all"],
  ],
  ["Officials counted 31 deaths.", ["killed exact 31 all"]],
  ["There were 6 fatalities on the bridge.", ["killed exact 6 all"]],
  ["Some 70 passengers lost their lives when the ferry sank.", ["killed about 70 all"]],
  ["At least 40 residents were wounded.", ["injured at-least 40 civilians"]],
  ["Twelve people were hurt and three were hospitalized.", ["injured exact 12 all", "injured exact 3 all"]],
  ["More than 2,000 families were displaced by the storm.", []],
  ["More than 2,000 people fled the town.", ["displaced more-than 2000 all"]],
  ["Four kayaks are missing.", []],
  ["Four hikers are missing.", ["missing exact 4 all"]],
  ["Four people are missing after the avalanche.", ["missing exact 4 all"]],
  ["Police arrested 15 protesters.", ["detained exact 15 other"]],
  ["Gunmen abducted 20 students from the school.", ["kidnapped exact 20 other"]],
  ["There were 311 casualties in the fighting.", ["killed exact 311 all"]],
  ["Around a dozen soldiers died.", ["killed about 12 combatants"]],
  ["Dozens of people were injured.", ["injured at-least 24 all"]],
  // groups
  ["The blast killed eleven civilians.", ["killed exact 11 civilians"]],
  ["Five children were among those killed.", ["killed exact 5 children"]],
  ["Seven women were wounded.", ["injured exact 7 women"]],
  [
    "Thirty rebels and 12 soldiers were killed.",
    ["killed exact 30 combatants", "killed exact 12 combatants"],
  ],
  ["Sixty pro-government forces died in the ambush.", ["killed exact 60 combatants"]],
  ["Nineteen militants were killed.", ["killed exact 19 combatants"]],
  // breakdowns
  [
    "At least 90 people died: 50 fighters, 25 soldiers and 15 civilians.",
    [
      "killed at-least 90 all",
      "killed exact 50 combatants part-of-90",
      "killed exact 25 combatants part-of-90",
      "killed exact 15 civilians part-of-90",
    ],
  ],
  [
    "The clashes left 240 dead, mostly gunmen from the two camps, but also at least 35 civilians.",
    ["killed exact 240 all", "killed at-least 35 civilians part-of-240"],
  ],
  [
    "More than 150 people, including 22 civilians, have been killed.",
    ["killed more-than 150 all", "killed exact 22 civilians part-of-150"],
  ],
  [
    "The strike killed at least six civilians, including three children.",
    ["killed at-least 6 civilians", "killed exact 3 children part-of-6"],
  ],
  [
    "Over 200 fighters and at least 9 civilians have been killed.",
    ["killed more-than 200 combatants", "killed at-least 9 civilians"],
  ],
  [
    "Three people were shot, one of them fatally.",
    ["injured exact 3 all tentative", "killed exact 1 all part-of-3"],
  ],
  // implicit counts
  ["A man was shot and killed outside a bar on Friday.", ["killed exact 1 all"]],
  ["A 30-year-old woman was wounded.", ["injured exact 1 women"]],
  [
    "The farmer opened fire, killing his three sons and his wife.",
    ["killed exact 3 all", "killed exact 1 women"],
  ],
  ["No one was hurt.", ["injured exact 0 all"]],
  ["No injuries were reported.", ["injured exact 0 all"]],
  ["The driver was not injured.", ["injured exact 0 all"]],
  ["The attacker later killed himself.", ["killed exact 1 all"]],
  ["A teenager was shot in the leg.", ["injured exact 1 children tentative"]],
  ["The cook shot her neighbour in the arm.", ["injured exact 1 all tentative"]],
  ["Marta Lopez, a 52-year-old nurse, was shot and killed on Tuesday.", ["killed exact 1 all"]],
  ["Ivan Petrov was found in the yard. Petrov was pronounced dead at the scene.", ["killed exact 1 all"]],
  ["A shop owner was fatally shot during a robbery.", ["killed exact 1 all"]],
  ["Both were pronounced dead at the scene.", ["killed exact 2 all"]],
  ["Kent County deputies were called to the farm.", []],
  ["Officers found a 15-year-old with a gunshot wound in one leg.", ["injured exact 1 all tentative"]],
  ["A double shooting left one man dead.", ["injured exact 2 all tentative", "killed exact 1 all"]],
  ["The man was in critical condition on Monday.", ["injured exact 1 all"]],
  ["He shot the 20-year-old man, who died at the scene.", ["killed exact 1 all"]],
  ["Hikers found the body of a man near the trail.", ["killed exact 1 all"]],
  ["Rescuers recovered five more bodies on Tuesday.", ["killed exact 5 all"]],
  ["Divers have found the remains of all 12 victims of the crash.", ["killed exact 12 all"]],
  ["The bodies of the 9 climbers were flown to the valley.", ["killed exact 9 all"]],
  ["One person died and a second was injured.", ["killed exact 1 all", "injured exact 1 all"]],
  ["He was shot by a neighbor who later died.", []],
  [
    "Detectives are investigating a homicide after a man was shot on Friday.",
    ["killed exact 1 all", "injured exact 1 all tentative"],
  ],
  ["He was charged with attempted homicide after a man was shot.", ["injured exact 1 all tentative"]],
  ["Lena Marsh of Dover died at the hospital.", ["killed exact 1 all"]],
  ["A Dover mother shot and killed her daughter by mistake.", ["killed exact 1 all"]],
  ["Man Injured In Dover Shooting", ["injured exact 1 all"]],
  ["Officers found a man and woman dead in the kitchen.", ["killed exact 2 all"]],
  ["Police are investigating an apparent murder-suicide in Dover.", ["killed exact 2 all"]],
  ["He faces three counts of murder.", ["killed exact 3 all"]],
  ["He faces two counts of attempted murder.", []],
  ["The victim of a deadly Easter Day shooting was named.", ["killed exact 1 all"]],
  ["The gunman shot a cab driver in the arm.", ["injured exact 1 all tentative"]],
  [
    "The crash left one man dead and another with serious injuries.",
    ["killed exact 1 all", "injured exact 1 all"],
  ],
  ["A 40-year-old woman is stable after the attack.", ["injured exact 1 women"]],
  ["Young man hurt in Dover shooting", ["injured exact 1 all"]],
  // not people
  ["He fired 12 shots into the air.", []],
  ["The 25-year-old was arrested.", ["detained exact 1 all"]],
  ["The building has 40 apartments.", []],
  // background
  ["The war has killed more than 300,000 people since 2011.", ["killed more-than 300000 all bg"]],
  ["The civil war, which began in 2013, has left 400,000 dead.", ["killed exact 400000 all bg"]],
  ["An earlier offensive had displaced 90,000 people.", ["displaced exact 90000 all bg"]],
  ["The dam could kill 5,000 people if it breaks.", ["killed exact 5000 all bg"]],
  ["A storm in 2009 killed 12 people.", ["killed exact 12 all bg"]],
  [
    "Dunmore, a town of more than 40,000 people crowded with families who fled the hills, is calm.",
    ["displaced more-than 40000 all bg"],
  ],
  [
    "Kelso, a city of nearly two million residents swollen by those who fled, held.",
    ["displaced about 2000000 civilians bg"],
  ],
  ["The quake was the deadliest since 1999, killing 64 people.", ["killed exact 64 all"]],
  // a partitive count with its whole in an earlier sentence is a part of it, not a new total
  [
    "The landslide killed nine people on Monday. Four of the dead were farmers from Tamsu.",
    ["killed exact 9 all", "killed exact 4 other part-of-9"],
  ],
  [
    "Thirty people were injured. Six of the injured were flown to the capital.",
    ["injured exact 30 all", "injured exact 6 other part-of-30"],
  ],
  // a smaller figure of one place, told after the report's toll, is a part of it
  [
    "Floods killed 95 people. In the town of Paiporta, at least 40 died.",
    ["killed exact 95 all", "killed at-least 40 all part-of-95"],
  ],
  [
    "Floods killed 95 people. In Paiporta alone, 40 died.",
    ["killed exact 95 all", "killed exact 40 all part-of-95"],
  ],
  ["In Paiporta, 40 people died.", ["killed exact 40 all"]],
  // a shooting's figures: the bare object of "wounding", a part in critical condition, an apposition
  // inside a running total's subject, a corrected figure, and the gunman who is no victim
  [
    "A gunman opened fire, killing four people and wounding seven before he fled.",
    ["killed exact 4 all", "injured exact 7 all"],
  ],
  [
    "Six of the seven people who were wounded remain in hospital, two in critical condition.",
    ["injured exact 7 all", "injured exact 2 other part-of-7"],
  ],
  [
    "The number of people wounded at the mall in Brookfield, Wisconsin, was eight, not seven as first reported.",
    ["injured exact 8 all"],
  ],
  ["Police named the four people killed when a gunman opened fire at the mall.", ["killed exact 4 all"]],
  // a running total whose subject runs long before its figure
  [
    "The death toll from Saturday's explosion at the Osso chemical depot in the far north has risen to 14.",
    ["killed exact 14 all"],
  ],
  // "the number of people who died" is a running total too
  ["The number of people who died in the floods has risen to 95.", ["killed exact 95 all"]],
  ["Four people drowned when their boat capsized.", ["killed exact 4 all"]],
  // miners and fishermen are often the whole toll, as passengers are; firefighters and nurses a part
  [
    "Nine miners were killed and two firefighters were hurt.",
    ["killed exact 9 all", "injured exact 2 other"],
  ],
  ["A man nearly drowned off the pier.", ["killed exact 1 all bg"]],
  // the past perfect tells what stood before the news, for the missing too
  [
    "More than 1,000 people had been listed as missing in the first days after the fire.",
    ["missing more-than 1000 all bg"],
  ],
  // "and 15 were wounded" after a count of soldiers counts soldiers; service members are soldiers
  [
    "The ministry said 12 service members were among the dead and 15 were wounded.",
    ["killed exact 12 combatants", "injured exact 15 combatants"],
  ],
  ["Two people were killed and 15 were wounded.", ["killed exact 2 all", "injured exact 15 all"]],
  // people named by their country are a group of their own
  ["Officials said 90 Afghans had died.", ["killed exact 90 other"]],
  // peacekeepers are a group of their own, neither the fighters nor civilians
  [
    "Eleven peacekeepers have been killed since Friday, and a peacekeeper was hurt.",
    ["killed exact 11 other", "injured exact 1 other"],
  ],
  // with no whole in the report, a part still says at least that many: no more
  ["Two of the dead were children.", ["killed at-least 2 all"]],
  ["Officials said 17 of the injured had left hospital.", ["injured at-least 17 all"]],
  // a rank among things is no count of people
  ["The toll rose to 66, one of the deadliest hotel fires on record.", ["killed exact 66 all"]],
  // a running total named by "the number of ..." is the toll of that outcome and group
  [
    "The number of people killed when the bus left the mountain road on Friday has risen to 31, police said.",
    ["killed exact 31 all"],
  ],
  ["The number of dead climbed to 17 overnight.", ["killed exact 17 all"]],
  ["The number of civilians wounded in the shelling rose to 64.", ["injured exact 64 civilians"]],
  ["By Monday the number of missing stood at 12.", ["missing exact 12 all"]],
  ["The number of visitors rose to 3,000.", []],
  // so is a count or tally of those killed, raised or lowered
  [
    "The agency lowered its count of those killed in the floods to 3,958 on Sunday.",
    ["killed exact 3958 all"],
  ],
  ["A tally of the dead reached 212 by noon.", ["killed exact 212 all"]],
  // a projection is no count; a count beside it stays one
  ["The mayor said the number of dead could reach 18,000 to 20,000.", ["killed range 18000 all bg"]],
  ["Officials fear the toll is expected to climb above 100.", ["killed more-than 100 all bg"]],
  ["The toll rose to 40 and could rise further.", ["killed exact 40 all"]],
  // a figure given earlier and since replaced
  ["The office had earlier cited the aid group's figure of 11,300 dead.", ["killed exact 11300 all bg"]],
  [
    "Officials lowered the toll to 18 on Thursday, after saying overnight that 22 people had died.",
    ["killed exact 18 all", "killed exact 22 all bg"],
  ],
  ["Police initially said 22 people had died.", ["killed exact 22 all bg"]],
  // the one who fired at himself is no count of the wounded
  ["The gunman appeared to have shot himself, police said.", []],
  // one who shot himself by accident is the one wounded
  ["A five-year-old boy found a gun and shot himself.", ["injured exact 1 all tentative"]],
  ["The toll from the storm climbed above 90 on Monday.", ["killed more-than 90 all"]],
  // lives claimed or lost are the dead; lives saved are not
  ["The blaze claimed 14 lives.", ["killed exact 14 all"]],
  ["Twenty lives were lost when the dam gave way.", ["killed exact 20 all"]],
  ["The new alarms saved 200 lives.", []],
  // a sentence opening with "Another" or "Only" before the figure: no name and age
  ["Another 23 people were hurt when the stand collapsed.", ["injured exact 23 all"]],
  ["Only 4 people were injured.", ["injured exact 4 all"]],
  ["Of 40 passengers on the bus, 12 were injured.", ["injured exact 12 all"]],
  // "both" with the people it counts
  ["Both brothers died at the scene.", ["killed exact 2 all"]],
  // taken to hospital, where they died
  ["Both girls were rushed to a nearby hospital, where they died hours later.", ["killed exact 2 children"]],
  ["The driver was taken to the hospital, where he was pronounced dead.", ["killed exact 1 all"]],
  ["Two men were taken to a hospital, where they are being treated.", []],
  // gunned down, shot dead, a pronoun after "injured"
  ["A driver was gunned down near the depot on Friday.", ["killed exact 1 all"]],
  ["Attackers shot dead three guards at the gate.", ["killed exact 3 other"]],
  ["Falling debris injured her as she ran.", ["injured exact 1 all"]],
  // a person noun naming a kind of thing
  ["Nine people died when a passenger train hit a lorry.", ["killed exact 9 all"]],
  ["A passenger died when the coach overturned.", ["killed exact 1 all"]],
  ["The injury toll rose to 40.", []],
  // people who came through are no casualty, and the outcome of the next clause is not theirs
  ["Some 45 crew members survived, and at least 9 remain unaccounted for.", ["missing at-least 9 all"]],
  ["Eight miners were rescued on Tuesday, but 3 are still missing.", ["missing exact 3 all"]],
];

describe("extractCasualties", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(view(input)).toEqual(expected);
  });

  it("labels a group by whose members they are", () => {
    const labels = (text: string) =>
      extractCasualties(buildExtractContext({ articleId: "t", text, published: null })).map(
        (c) => c.groupLabel,
      );
    expect(labels("At least 28 Harbour Front members were among those killed.")).toEqual([
      "Harbour Front members",
    ]);
    expect(labels("Two Americans were killed and 3 were hurt.")).toEqual(["Americans", "Americans"]);
    expect(labels("Nine South Africans died.")).toEqual(["South Africans"]);
    // a headline's capital on a common word is dropped
    expect(labels("12 Rebels Killed Near Port")).toEqual(["rebels"]);
  });

  it("uses the publication year: an earlier year is background, the same year is not", () => {
    expect(view("In March 2023 a landslide killed 8 people.", "2025-04-01")).toEqual([
      "killed exact 8 all bg",
    ]);
    expect(view("In March 2025 a landslide killed 8 people.", "2025-04-01")).toEqual(["killed exact 8 all"]);
    // a "when" clause of an earlier year tells that year's event; the figure before it is the story's
    expect(
      view(
        "It was the worst crash since May 2009, when a jet went down near Lorn, killing 50 people.",
        "2025-04-01",
      ),
    ).toEqual(["killed exact 50 all bg"]);
    expect(
      view("The crash killed 12 people, the worst since 2009, when a jet went down.", "2025-04-01"),
    ).toEqual(["killed exact 12 all"]);
    // the same deep in an article: the figure's place is read within its own sentence
    const lead = "Rescuers worked through the night at the site outside the town, and the road stayed shut. ";
    expect(
      view(`${lead}The crash killed 12 people, the worst since 2009, when a jet went down.`, "2025-04-01"),
    ).toEqual(["killed exact 12 all"]);
  });

  it("marks a count stated as lowered from a higher one", () => {
    const lowered = (text: string) =>
      extractCasualties(buildExtractContext({ articleId: "t", text, published: null })).map(
        (c) => `${c.count} ${c.lowered === true}`,
      );
    expect(lowered("The agency lowered its count of those killed in the floods to 3,958.")).toEqual([
      "3958 true",
    ]);
    expect(lowered("The toll was revised downward to 212 after some victims were counted twice.")).toEqual([
      "212 true",
    ]);
    expect(lowered("Officials lowered the toll to 18 on Thursday.")).toEqual(["18 true"]);
    // the words after the figure, or the figure it was changed from, may say so
    expect(
      lowered(
        "The minister said 84 people were killed, revising down the figure of 103 given by state media.",
      ),
    ).toEqual(["84 true"]);
    expect(lowered("Officials said 84 people were killed, down from 103 reported earlier.")).toEqual([
      "84 true",
    ]);
    expect(lowered("The death toll was revised from 103 to 84.")).toEqual(["84 true"]);
    expect(lowered("The death toll was revised from 84 to 103.")).toEqual(["103 false"]);
    expect(lowered("Officials said 103 people had died, up from 84 on Wednesday.")).toEqual(["103 false"]);
    expect(lowered("The toll rose to 50. Shelling reduced the market to rubble, killing 12.")).toEqual([
      "50 false",
      "12 false",
    ]);
  });

  it("marks 'five more bodies' as an increment on an earlier figure, not 'more than 20'", () => {
    const increments = (text: string) =>
      extractCasualties(buildExtractContext({ articleId: "t", text, published: null })).map((c) => [
        c.count,
        c.increment === true,
      ]);
    expect(
      increments("The toll rose to 12 on Sunday after divers recovered four more bodies from the lake."),
    ).toEqual([
      [12, false],
      [4, true],
    ]);
    expect(increments("More than 20 people were killed.")).toEqual([[20, false]]);
    // "more" after a bare count too
    expect(increments("Seven people were killed at the alley. Three more died in hospital.")).toEqual([
      [7, false],
      [3, true],
    ]);
    expect(increments("Three more than expected died.")).toEqual([[3, false]]);
  });

  const detailCases: [string, string, [number, string, boolean][]][] = [
    [
      "where or how some of a given toll died",
      "The landslide killed seven people on Sunday. Four of the dead were in Varro, and one driver died when his car was buried near the pass.",
      [
        [7, "all", false],
        [4, "other", true],
        [1, "all", true],
      ],
    ],
    [
      "a part of the toll in the same sentence",
      "Nine people were killed, three of them in the bus.",
      [
        [9, "all", false],
        [3, "all", true],
      ],
    ],
    [
      "two victims told one by one: the toll's own breakdown, neither a detail",
      "Two men were killed. One man died at the scene, and another man died in hospital.",
      [
        [2, "all", false],
        [1, "all", false],
        [1, "all", false],
      ],
    ],
    [
      "a smaller figure of one site after the report's toll",
      "The shootings killed 18 people. Seven people were killed at the bowling alley.",
      [
        [18, "all", false],
        [7, "all", true],
      ],
    ],
    [
      "one victim with nothing larger before it: the toll",
      "One man was killed when the wall fell.",
      [[1, "all", false]],
    ],
    [
      'a lone victim of a named group, or "at least one", after a larger toll: one incident of it',
      "The fighting has killed 240 people, the monitor said. At least one civilian was killed when jets struck a camp near Varro.",
      [
        [240, "all", false],
        [1, "civilians", true],
      ],
    ],
    [
      "a group's own toll larger than one: a toll of that group",
      "The fighting has killed 240 people, including at least 30 civilians.",
      [
        [240, "all", false],
        [30, "civilians", false],
      ],
    ],
    [
      "one shelling's smaller figure of the same group, told later, and its parts: details of the toll",
      "The offensive has killed 240 people, among them at least 52 civilians. In Varro a shelling killed at least nine civilians on Sunday, including three children.",
      [
        [240, "all", false],
        [52, "civilians", false],
        [9, "civilians", true],
        [3, "children", true],
      ],
    ],
    [
      "a lone civilian after a civilians figure, with no toll of all before it",
      "More than 200 fighters and at least 20 civilians have been killed. At least one civilian was killed when warplanes bombed a camp.",
      [
        [200, "combatants", false],
        [20, "civilians", false],
        [1, "civilians", true],
      ],
    ],
    [
      "a smaller figure from a second account, with no incident named: a figure of its own",
      "The ministry said 52 civilians were killed. Activists said 40 civilians had been killed.",
      [
        [52, "civilians", false],
        [40, "civilians", false],
      ],
    ],
    [
      "another group's figure in an incident after a toll of all: not a detail of it",
      "The fighting has killed 320 people. An envoy said about 300 fighters were killed in airstrikes.",
      [
        [320, "all", false],
        [300, "combatants", false],
      ],
    ],
  ];

  it.each(detailCases)("details of a given toll: %s", (_case, text, expected) => {
    const details = extractCasualties(buildExtractContext({ articleId: "t", text, published: null })).map(
      (c) => [c.count, c.group, c.detail === true],
    );
    expect(details).toEqual(expected);
  });

  it("keeps the badly hurt among the injured as a group of their own", () => {
    expect(view("The agency said 64 people were injured, 9 of them seriously.")).toEqual([
      "injured exact 64 all",
      "injured exact 9 other part-of-64",
    ]);
  });
});
