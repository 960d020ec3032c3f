import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractAttacks } from "./extract-attacks.js";

const attacks = (text: string) =>
  extractAttacks(buildExtractContext({ articleId: "t", text, published: null })).map((c) => ({
    weapon: c.weapon,
    actor: c.actor?.text ?? null,
    target: c.target?.text ?? null,
  }));

type Expected = { weapon: string; actor: string | null; target: string | null };
/** A sentence that reports one attack: its weapon, attacker and target. */
const one = (
  text: string,
  weapon: string,
  actor: string | null,
  target: string | null,
): [string, Expected[]] => [text, [{ weapon, actor, target }]];
/** A sentence that reports no attack. */
const none = (text: string): [string, Expected[]] => [text, []];

const rows: [string, Expected[]][] = [
  one("Russian airstrikes hit Marsa overnight.", "airstrike", "Russian", "Marsa"),
  one("Warplanes bombed a market in Doran on Friday.", "airstrike", null, "Doran"),
  // the place may follow a later word of the same kind ("opened fire" after "Gunmen")
  one(
    "Gunmen riding motorcycles opened fire in a crowded market in Doran on Friday evening.",
    "shooting",
    null,
    "Doran",
  ),
  // a country's embassy is the target, not the country
  one("Crowds attacked the embassies of Norland and Vessia.", "assault", "Crowds", "the embassy of Norland"),
  one("Rebel shelling of Kessel killed two people.", "shelling", "Rebel", "Kessel"),
  one("A car bomb exploded near the port of Varna.", "bombing", null, "Varna"),
  // the agency a dateline credits is no attacker
  one(
    "KESSEL, June 7 (Lake Wire) - The army struck Varna overnight with missiles.",
    "shelling",
    "army",
    null,
  ),
  // an explosion told as an accident is no bombing; with a word of an attack it is
  none("An explosion tore through a chemical depot at the port of Varna."),
  one("An explosion near the port of Varna was a suicide attack, police said.", "bombing", null, "Varna"),
  // ground assaults: the attacker is the clause's subject, the place may come after a few words
  one(
    "Militants of the Sand Lions Brigade stormed Tarsel before dawn.",
    "assault",
    "Sand Lions Brigade",
    "Tarsel",
  ),
  one(
    "Insurgents have launched an attack on army-held districts of eastern Velna.",
    "assault",
    "Insurgents",
    "Velna",
  ),
  one("The militia began an assault on Tuesday to take Orvik.", "assault", "militia", "Orvik"),
  // an aside between the subject and the verb does not hide the attacker
  one(
    "Fighters of the Harran Front, an alliance of hill clans, stormed Tarsel on Monday.",
    "assault",
    "Harran Front",
    "Tarsel",
  ),
  one(
    "Government forces, backed by allied militias, launched an assault on Velna.",
    "assault",
    "Government forces",
    "Velna",
  ),
  one("The rebels, who had massed near the border, attacked Orvik at dawn.", "assault", "rebels", "Orvik"),
  one("Army of Islam fighters stormed Tarsel.", "assault", "Army of Islam", "Tarsel"),
  // a weekday is not a place; the city an apposition names is
  one(
    "Rebels opened a major offensive on Thursday against Dalmia's largest port, Serin.",
    "assault",
    "Rebels",
    "Serin",
  ),
  one("Police are looking into a shooting on Birch Street Saturday.", "shooting", null, "Birch Street"),
  one("Residents described the Korla offensive as chaotic.", "assault", null, "Korla"),
  one("In Ostrava, a government bombing destroyed a bakery.", "airstrike", "government", "Ostrava"),
  // the place of another word for the attack in the sentence
  one(
    "Aid groups asked for an end to the bombardment of Lenna, while the air force said its air strikes hit only fighters.",
    "airstrike",
    null,
    "Lenna",
  ),
  // hypotheses are no claims
  none("The expected army counter-attack could take weeks."),
  none("Seizing the pass gives the rebels a potential base for further offensives."),
  one("Police said a gunman opened fire at a mall in Ostra.", "shooting", null, "Ostra"),
  none("The festival drew large crowds."),
  // a crowd that storms a building is no armed assault; gunmen who storm one are
  none("Police fired on protesters who had stormed parliament in Marsa."),
  none("Demonstrators stormed the town hall in Varna on Tuesday."),
  one("Rebels stormed the town of Marsa.", "assault", "Rebels", "Marsa"),
  // a bomb that went off is a bombing; one defused, threatened or sheltered from is not
  one("A roadside bomb killed three soldiers near Varna.", "bombing", null, "Varna"),
  none("Police defused a bomb at the station."),
  none("A bomb threat emptied the school."),
  // a group that says it attacked is the attacker; a memorial named for someone is no place
  one(
    "The Harbour Front said on Friday that two of its members detonated explosive belts at the Tarsen memorial in Doran.",
    "bombing",
    "Harbour Front",
    "Doran",
  ),
  one(
    "The Sand Lions Brigade claimed responsibility for the bombing in Varna.",
    "bombing",
    "Sand Lions Brigade",
    "Varna",
  ),
  one("No group said it was behind the blasts.", "bombing", null, null),
];

describe("extractAttacks", () => {
  it.each(rows)("%s", (input, expected) => {
    expect(attacks(input)).toEqual(expected);
  });

  it("takes where a claim of the attack was published for no target", () => {
    const [claimed] = attacks(
      "The Harbour Front claimed the attack in a statement on its Vessel news channel.",
    );
    expect(claimed?.target).toBeNull();
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
