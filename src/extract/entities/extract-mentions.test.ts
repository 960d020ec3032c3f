import { describe, expect, it } from "vitest";
import { extractMentions } from "./extract-mentions.js";

/** [rule, invented text, expected "name/type" list in order of appearance] */
const cases: [string, string, string[]][] = [
  [
    "a place named 'X of Y' is one name, though X is a title word or a sea",
    "Officials in the District of Columbia said tankers crossed the Strait of Hormuz into the Gulf of Oman.",
    ["District of Columbia/place", "Strait of Hormuz/place", "Gulf of Oman/place"],
  ],
  [
    "a country or state after a comma makes the name before it a place; 'D.C.' after its city is the city's",
    "She moved from Washington, D.C., to Austin, Texas, and then to Goma, Congo. John Hale, Texas governor, spoke.",
    [
      "Washington/place",
      "Austin/place",
      "Texas/place",
      "Goma/place",
      "Congo/place",
      "John Hale/person",
      "Texas/place",
    ],
  ],
  [
    "a field of work before a role word is no organisation; a lone institution is",
    "Health officials said 12 were hurt. Rescue workers dug on. Opposition leader Lena Varga spoke. Kremlin officials denied it.",
    ["Lena Varga/person", "Kremlin/organization"],
  ],
  [
    "the words around a name make it a place, though it looks like a person's or follows a role",
    "The governor of Kermanak province said the fire at the Shahid Bahonar port near the city of Bandar Abbas was out.",
    ["Kermanak/place", "Shahid Bahonar/place", "Bandar Abbas/place"],
  ],
  [
    "the Islamic State is an armed group, though its name ends in a place word; Borno State is a place",
    "The Islamic State group said its fighters attacked the camp. Islamic State Khorasan Province also spoke. Troops left Borno State.",
    ["Islamic State/organization", "Islamic State Khorasan Province/organization", "Borno State/place"],
  ],
  [
    "a level of government before a role word is no organisation either",
    "Regional leader Carlos Ibarra faced questions. State media said little.",
    ["Carlos Ibarra/person"],
  ],
  [
    "'of the' joins a name ending in an organisation or place head to what follows",
    "Medics of the International Committee of the Red Cross reached Bunia in the Democratic Republic of the Congo.",
    [
      "International Committee of the Red Cross/organization",
      "Bunia/place",
      "Democratic Republic of the Congo/place",
    ],
  ],
  [
    "a code name of letters and digits is an organisation where a cue says so, and wherever it recurs",
    "Fighters of the K19 movement took the town. The K19 said it would hold it. A C-130 landed later.",
    ["K19/organization", "K19/organization"],
  ],
  [
    "a justice's title is a role; a role word after 'of' belongs to the body's name; a portfolio to the title",
    "Chief Justice Maren Holt wrote the ruling. The Department of Justice declined. Secretary of State Lena Varga spoke.",
    ["Maren Holt/person", "Department of Justice/organization", "Lena Varga/person"],
  ],
  [
    "'X, officials said' names who said it: no appositive role for X",
    "Divers searched the Marren River, officials said. Tomas Ferreira, the director of the port, agreed.",
    ["Marren River/place", "Tomas Ferreira/person"],
  ],
  [
    "a demonym and one ordinary word make a brand, not a town of that word",
    "An American Eagle jet landed in Eagle County. Iraqi Kurdistan voted.",
    ["American Eagle/other", "Eagle County/place", "Kurdistan/place"],
  ],
  [
    "'on' inside a body's name, not before a weekday",
    "The Norland Commission on Human Rights spoke. The Harbour Council on Monday agreed.",
    ["Norland Commission on Human Rights/organization", "Harbour Council/organization"],
  ],
  [
    "a role word before a name, or before a comma and a name; a surname is no inflected word",
    "The businessman Hamish Harding, the firm's chief executive, Stockton Rush, and his son Suleman died.",
    ["Hamish Harding/person", "Stockton Rush/person", "Suleman/person"],
  ],
  [
    "a surname that ends like a place and a small word is no glued word; a name's own hyphenated syllable stays",
    "President Vladimir Putin called Acting President Choi Sang-mok and an official, Joo Jong-wan, about Kremlin-backed plans.",
    ["Vladimir Putin/person", "Choi Sang-mok/person", "Joo Jong-wan/person", "Kremlin/other"],
  ],
  [
    "a one-word region's name, and a name after 'off', are places",
    "The boat sank off Pylos, on the coast of the Peloponnese.",
    ["Pylos/place", "Peloponnese/place"],
  ],
  [
    "role title before a name",
    "Interior Minister Dalia Kostova arrived in Paris on Monday.",
    ["Dalia Kostova/person", "Paris/place"],
  ],
  [
    "lower-case role and organisation head word",
    "Harbour Safety Council spokesman Pieter Vos denied it.",
    ["Harbour Safety Council/organization", "Pieter Vos/person"],
  ],
  [
    "appositive role marks a person, 'director of the X' an organisation",
    "Tomas Ferreira, director of the RMO, spoke.",
    ["Tomas Ferreira/person", "RMO/organization"],
  ],
  [
    "acronym defined in brackets, in another language too",
    "The Lakeside Monitoring Group (OSL) said the Lakeside Monitoring Group counts. OSL repeated it.",
    [
      "Lakeside Monitoring Group/organization",
      "OSL/organization",
      "Lakeside Monitoring Group/organization",
      "OSL/organization",
    ],
  ],
  [
    "'and' inside an agency's name, not between two names",
    "The Flood and Storm Relief Agency said the Harbour Union and Dock Workers Association met. Kenya and Uganda Border Commission.",
    [
      "Flood and Storm Relief Agency/organization",
      "Harbour Union/organization",
      "Dock Workers Association/organization",
      "Kenya/place",
      "Uganda Border Commission/organization",
    ],
  ],
  [
    "surname alone after the full name",
    "The envoy Marta Lindqvist flew in. Lindqvist said talks would go on.",
    ["Marta Lindqvist/person", "Lindqvist/person"],
  ],
  [
    "place cue and gazetteer place",
    "Rebels took the town of Qasr Beni in Syria.",
    ["Qasr Beni/place", "Syria/place"],
  ],
  [
    "weekday, month and sentence-initial capitals are dropped",
    "Recent shelling hit Homs on Sunday. Witnesses said March was calm.",
    ["Homs/place"],
  ],
  [
    "heading words are dropped, the name kept",
    "Key Facts About Jordan\nJordan is dry.",
    ["Jordan/place", "Jordan/place"],
  ],
  [
    "glued word repaired",
    "The army left Kirkukthe city it held. Kirkuk fell.",
    ["Kirkuk/place", "Kirkuk/place"],
  ],
  ["demonyms and adjectives are not names", "Turkish and Islamist fighters met Kurdish forces.", []],
  ["all-capital dateline is a place", "BAGHDAD - Officials said.", ["BAGHDAD/place"]],
  [
    "place inside an organisation name",
    "The Central Bank of Chile raised rates.",
    ["Central Bank of Chile/organization", "Chile/place"],
  ],
  ["news agency", "Witnesses told Reuters the road was shut.", ["Reuters/organization"]],
  [
    "role between an organisation and a person",
    "Harbor Police Officer Dana Whitlock said so.",
    ["Harbor Police/organization", "Dana Whitlock/person"],
  ],
  ["age after a name", "Jorrin Castellet, 34, was arrested.", ["Jorrin Castellet/person"]],
  ["time zones and shouted words are not names", "At 9 PM EDT, PHOTOGRAPHS showed Denver.", ["Denver/place"]],
  [
    "a role word keeps a common-word name whole",
    "The county spokesman Bill Fenwick said Fenwick would know.",
    ["Bill Fenwick/person", "Fenwick/person"],
  ],
  ["street names are places", "The car hit a wall on Grant Drive.", ["Grant Drive/place"]],
  [
    "a town named like a first name or a common word needs a cue to be a place",
    "Police in Eden found the car. The Sexiest Man Alive spoke in Paris.",
    ["Eden/place", "Man/other", "Paris/place"],
  ],
  ["... and without one it is no place", "Eden said the talks would go on.", ["Eden/other"]],
  [
    "'the Observatory' points to the named observatory",
    "The Coastal Rights Observatory counted 12. The Observatory said more died.",
    ["Coastal Rights Observatory/organization", "Observatory/organization"],
  ],
];

describe("extractMentions", () => {
  it.each(cases)("%s", (_rule, text, expected) => {
    const mentions = extractMentions(text);
    expect(mentions.map((m) => `${m.text}/${m.type}`)).toEqual(expected);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("keeps the role and the acronym expansion", () => {
    const mentions = extractMentions(
      "Deputy Minister Ilse Brandt praised the Northern Relief Agency (NRA). The NRA agreed.",
    );
    expect(mentions.find((m) => m.text === "Ilse Brandt")?.role).toBe("Deputy Minister");
    const titled = extractMentions(
      "Secretary of Homeland Security Lena Varga and Chief Justice Maren Holt met.",
    );
    expect(titled.map((m) => m.role)).toEqual(["Secretary of Homeland Security", "Chief Justice"]);
    expect(mentions.filter((m) => m.text === "NRA").map((m) => m.expansion)).toEqual([
      "Northern Relief Agency",
      "Northern Relief Agency",
    ]);
  });
});
