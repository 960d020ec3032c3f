import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractAttacks } from "./extract-attacks.js";

const attacks = (text: string) =>
  extractAttacks(buildExtractContext({ articleId: "t", text, published: null })).map((c) => ({
    weapon: c.weapon,
    actor: c.actor?.text ?? null,
    target: c.target?.text ?? null,
  }));

const rows: [string, { weapon: string; actor: string | null; target: string | null }[]][] = [
  ["Russian airstrikes hit Marsa overnight.", [{ weapon: "airstrike", actor: "Russian", target: "Marsa" }]],
  ["Warplanes bombed a market in Doran on Friday.", [{ weapon: "airstrike", actor: null, target: "Doran" }]],
  ["Rebel shelling of Kessel killed two people.", [{ weapon: "shelling", actor: "Rebel", target: "Kessel" }]],
  ["A car bomb exploded near the port of Varna.", [{ weapon: "bombing", actor: null, target: "Varna" }]],
  // ground assaults: the attacker is the clause's subject, the place may come after a few words
  [
    "Militants of the Sand Lions Brigade stormed Tarsel before dawn.",
    [{ weapon: "assault", actor: "Sand Lions Brigade", target: "Tarsel" }],
  ],
  [
    "Insurgents have launched an attack on army-held districts of eastern Velna.",
    [{ weapon: "assault", actor: "Insurgents", target: "Velna" }],
  ],
  [
    "The militia began an assault on Tuesday to take Orvik.",
    [{ weapon: "assault", actor: "militia", target: "Orvik" }],
  ],
  // an aside between the subject and the verb does not hide the attacker
  [
    "Fighters of the Harran Front, an alliance of hill clans, stormed Tarsel on Monday.",
    [{ weapon: "assault", actor: "Harran Front", target: "Tarsel" }],
  ],
  [
    "Government forces, backed by allied militias, launched an assault on Velna.",
    [{ weapon: "assault", actor: "Government forces", target: "Velna" }],
  ],
  [
    "The rebels, who had massed near the border, attacked Orvik at dawn.",
    [{ weapon: "assault", actor: "rebels", target: "Orvik" }],
  ],
  [
    "Army of Islam fighters stormed Tarsel.",
    [{ weapon: "assault", actor: "Army of Islam", target: "Tarsel" }],
  ],
  // a weekday is not a place; the city an apposition names is
  [
    "Rebels opened a major offensive on Thursday against Dalmia's largest port, Serin.",
    [{ weapon: "assault", actor: "Rebels", target: "Serin" }],
  ],
  [
    "Police are looking into a shooting on Birch Street Saturday.",
    [{ weapon: "shooting", actor: null, target: "Birch Street" }],
  ],
  [
    "Residents described the Korla offensive as chaotic.",
    [{ weapon: "assault", actor: null, target: "Korla" }],
  ],
  [
    "In Ostrava, a government bombing destroyed a bakery.",
    [{ weapon: "airstrike", actor: "government", target: "Ostrava" }],
  ],
  // the place of another word for the attack in the sentence
  [
    "Aid groups asked for an end to the bombardment of Lenna, while the air force said its air strikes hit only fighters.",
    [{ weapon: "airstrike", actor: null, target: "Lenna" }],
  ],
  // hypotheses are no claims
  ["The expected army counter-attack could take weeks.", []],
  ["Seizing the pass gives the rebels a potential base for further offensives.", []],
  [
    "Police said a gunman opened fire at a mall in Ostra.",
    [{ weapon: "shooting", actor: null, target: "Ostra" }],
  ],
  ["The festival drew large crowds.", []],
];

describe("extractAttacks", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(attacks(input)).toEqual(expected);
  });

  it("marks an attack the sentence dates to an earlier year as background, not one 'since' a year", () => {
    const background = (text: string) =>
      extractAttacks(buildExtractContext({ articleId: "t", text, published: "2024-12-01" })).map(
        (c) => c.background,
      );
    expect(background("The town was rebuilt after an army offensive in March 2020 flattened it.")).toEqual([
      true,
    ]);
    expect(background("The old town still shows the damage of years of shelling.")).toEqual([true]);
    expect(background("Warplanes struck Doran for the first time since 2017.")).toEqual([false]);
  });
});
