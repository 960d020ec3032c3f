import { describe, expect, it } from "vitest";
import { extractClaims } from "../registry.js";
import { findAttribution } from "./find-attribution.js";
import { collectSourceAliases } from "./source-names.js";

const context =
  "The Coastal Rights Monitor (CRM) tracks the fighting. The Northern Health Institute (NHI) counts the wounded.";

type Expected = { source: string | null; name: string | null; channel: string | null };
/** A sentence whose source is named as written: no full name defined for it, no agency carrying it. */
const said = (sentence: string, source: string): [string, Expected] => [
  sentence,
  { source, name: null, channel: null },
];

const rows: [string, Expected][] = [
  [
    "At least 30 people died, according to the CRM.",
    { source: "CRM", name: "Coastal Rights Monitor", channel: null },
  ],
  [
    "The Monitor reported 30 deaths on Tuesday.",
    { source: "Monitor", name: "Coastal Rights Monitor", channel: null },
  ],
  ["CRM said 30 people were killed.", { source: "CRM", name: "Coastal Rights Monitor", channel: null }],
  [
    "The town fell, Ana Ruiz, the director of the Coastal Rights Monitor, told AFP.",
    { source: "Coastal Rights Monitor", name: null, channel: "AFP" },
  ],
  said("State media reported that the bridge was destroyed.", "state media"),
  said("An anonymous security official said the convoy turned back.", "an anonymous security official"),
  said("Police said two people were hurt.", "police"),
  said("The State Department said the embassy stays open.", "State Department"),
  said("The airport was seized, a military source confirmed.", "a military source"),
  said("The civil protection agency said 12 were rescued.", "civil protection agency"),
  [
    "Twelve people died, a monitoring group said.",
    { source: "a monitoring group", name: "Coastal Rights Monitor", channel: null },
  ],
  said("The toll rose to 9, the country's health agency said.", "country's health agency"),
  said("The coast guard's toll stood at 78 dead on Friday.", "coast guard"),
  said("Five died, according to a joint statement by Amnesty Norland and other groups.", "Amnesty Norland"),
  // the plural "say", and whose officials they are
  said(
    "The blast, which Iranian officials say killed 84 people, was the worst in years.",
    "Iranian officials",
  ),
  said("Health officials say 12 people died.", "health officials"),
  // a witness: as described, or by the name the report gives
  said("Gunmen took 287 pupils, a teacher who escaped told reporters.", "a teacher who escaped"),
  said("The teacher, Sani Abdullahi, said the gunmen came at dawn.", "Sani Abdullahi"),
  // a named region's government
  said("The toll rose to 92 on Friday, Ishikawa prefecture said.", "Ishikawa prefecture"),
  said("At least 12 died, according to Kerman province officials.", "Kerman province officials"),
  said("On Thursday officials said 12 people died.", "officials"),
  said("The storm killed at least 4 people, the coast guard said.", "coast guard"),
  said("Two firefighters were hurt, the city fire department said on Monday.", "city fire department"),
  said("Three bodies were found, rescuers said.", "rescuers"),
  // a service or committee, with or without an article
  said("At least 51 died overnight, regional emergency services said.", "regional emergency services"),
  said("Four fishermen drowned, the coastguard service said.", "coastguard service"),
  said("Sixty people were wounded, the city council said.", "city council"),
  // officials of a named service are that kind of official
  said("Three were dead, rescue officials said.", "rescue officials"),
  said("Health officials said 12 were hurt.", "health officials"),
  said("The governor of Kermanak province, Reza Amini, said 40 people had died.", "Reza Amini"),
  // what a body is of, or where it is, is part of its name as a source
  said(
    "Officials of the eastern administration said 3,283 bodies were counted.",
    "officials of the eastern administration",
  ),
  said("At least 150 died, health officials in the east said.", "health officials in the east"),
  said(
    "Nine died, the interior ministry of the coastal government said.",
    "interior ministry of the coastal government",
  ),
  said("The health minister said 3,166 bodies had been buried.", "health minister"),
  said("Officials in Maine said 18 people had died.", "officials in Maine"),
  // a government is a source; "estimates" ending a clause is a noun, not what the UN did
  said(
    "Nearly 900 people died in the siege, the Lakeland government said, far more than earlier United Nations estimates.",
    "Lakeland government",
  ),
  said("The UN estimates that 4,000 people fled.", "UN"),
  ["Amnesty reports of 60 deaths could not be checked.", { source: null, name: null, channel: null }],
  said(
    "Eight were wounded, the Waukesha County medical examiner's office said.",
    "Waukesha County medical examiner's office",
  ),
  said("Nine miners were killed when a tunnel collapsed, the mining company said.", "mining company"),
  said("The toll rose to 95, the government's crisis committee said.", "government's crisis committee"),
  said("Eleven were taken to the district hospital, a hospital spokeswoman said.", "a hospital spokeswoman"),
  [
    "The port changed hands after a week of fighting, an NGO reported on Sunday.",
    { source: "NGO", name: "Coastal Rights Monitor", channel: null },
  ],
  said("Rights groups said at least 40 marchers were hurt.", "rights groups"),
  said("Aid agencies reported 3,000 families without shelter.", "aid agencies"),
  ["Reuters reported that the ceasefire held.", { source: null, name: null, channel: "Reuters" }],
  ["The rain stopped on Sunday.", { source: null, name: null, channel: null }],
];

describe("findAttribution", () => {
  const aliases = collectSourceAliases(context);
  it.each(rows)("%s", (sentence, expected) => {
    const got = findAttribution(sentence, 0, aliases);
    expect({
      source: got.source?.text ?? null,
      name: got.source?.name ?? null,
      channel: got.channel?.text ?? null,
    }).toEqual(expected);
  });

  it("takes the tail of a defined name for the whole name", () => {
    const defined = collectSourceAliases("The Flood and Storm Relief Agency (FSRA) runs the shelters.");
    const got = findAttribution("The Storm Relief Agency said 40 homes were lost.", 0, defined);
    expect(got.source?.name).toBe("Flood and Storm Relief Agency");
    const other = findAttribution("The Relief Agency said 40 homes were lost.", 0, aliases);
    expect(other.source?.name).toBeUndefined();
  });

  it("takes an NGO for the NGO the article defines only when exactly one fits", () => {
    const two = collectSourceAliases(`${context} The Harbour Watch (HW) counts the boats.`);
    expect(findAttribution("Ten died, an NGO said.", 0, two).source?.name).toBeUndefined();
    const none = collectSourceAliases("The Northern Health Institute (NHI) counts the wounded.");
    expect(findAttribution("Ten died, an NGO said.", 0, none).source?.name).toBeUndefined();
  });

  it("gives offsets of the surface form in the text", () => {
    const sentence = "Casualties rose, according to the CRM.";
    const got = findAttribution(sentence, 100, aliases);
    expect(got.source && sentence.slice(got.source.start! - 100, got.source.end! - 100)).toBe("CRM");
  });
});

describe("attributeClaims", () => {
  const sourceOf = (text: string) =>
    extractClaims({ articleId: "t", text, published: null })
      .filter((c) => c.kind === "casualty")
      .map((c) => c.source?.text ?? null);

  it("takes a minister speaking for a ministry the article names as that ministry", () => {
    expect(
      sourceOf(
        "The interior ministry gave a lower count. Interior minister Dana Holt said 12 people had died.",
      ),
    ).toEqual(["interior ministry"]);
  });

  it('takes "the ministry" for the one ministry the article names in full', () => {
    const text =
      "Police detained 200 people, the transport ministry said. The ministry said 9 officers were hurt.";
    expect(sourceOf(text)).toEqual(["transport ministry", "transport ministry"]);
    const two = `The health ministry said 3 people died. ${text}`;
    expect(sourceOf(two)).toEqual(["health ministry", "transport ministry", "ministry"]);
  });

  it('takes "the commission" for the one commission the article names in full', () => {
    const text =
      "The Norland Commission on Human Rights said 39 people were killed. The commission said 32 people were missing.";
    expect(sourceOf(text)).toEqual([
      "Norland Commission on Human Rights",
      "Norland Commission on Human Rights",
    ]);
  });

  it("takes a spokesperson of a body the article gives as a source for that body", () => {
    expect(
      sourceOf(
        "Eleven people died in the blaze, the fire service said. Thirty were hurt, fire service spokesman Piet Claes told reporters.",
      ),
    ).toEqual(["fire service", "fire service"]);
    expect(sourceOf("Thirty were hurt, fire service spokesman Piet Claes told reporters.")).toEqual([
      "Piet Claes",
    ]);
  });

  it("does not lend a sentence's source to the next sentence that names its own", () => {
    expect(
      sourceOf(
        "The transport ministry said 200 people were detained. Rights groups said 40 people were hurt.",
      ),
    ).toEqual(["transport ministry", "rights groups"]);
  });

  const clauses: [string, string[]][] = [
    [
      "Police said 12 people were killed, but hospital officials said the toll was 15.",
      ["police", "hospital officials"],
    ],
    [
      "The health ministry said 40 people died, while the Red Crescent put the toll at 52.",
      ["health ministry", "Red Crescent"],
    ],
    [
      "At least 30 people were killed, the army said, though activists said 45 had died.",
      ["army", "activists"],
    ],
    ["According to the UN, 200 were killed; the government said 150 died.", ["UN", "government"]],
    [
      "Fifteen people were killed on Sunday, the prime minister said, as police said they had detained ten people.",
      ["prime minister", "police"],
    ],
    // a clause with no source of its own goes on with the one before it
    [
      "Police said 12 were killed; 40 were hurt, while activists said 20 died.",
      ["police", "police", "activists"],
    ],
    // one source for the whole sentence, wherever it stands
    [
      "Twelve were killed and 15 wounded, but the toll could rise, officials said.",
      ["officials", "officials"],
    ],
  ];
  it.each(clauses)("gives each figure the source of its own clause: %s", (text, sources) => {
    expect(sourceOf(text)).toEqual(sources);
  });

  it("reads a toll put, given or raised by a body as that body's", () => {
    expect(sourceOf("The Red Crescent put the death toll at 52.")).toEqual(["Red Crescent"]);
    expect(sourceOf("The office cited the Harbour Relief Society's figure of 300 dead.")).toEqual([
      "Harbour Relief Society",
    ]);
    expect(sourceOf("The ministry raised its toll to 40 on Friday.")).toEqual(["ministry"]);
    expect(sourceOf("The observatory recorded 61 deaths.")).toEqual(["observatory"]);
  });

  it("keeps the minister when the article names no such ministry", () => {
    expect(sourceOf("Interior minister Dana Holt said 12 people had died.")).toEqual(["Dana Holt"]);
    expect(
      sourceOf("The health ministry was silent. Prime minister Dana Holt said 12 people had died."),
    ).toEqual(["Dana Holt"]);
  });
});
