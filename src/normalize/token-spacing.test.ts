import { describe, expect, it } from "vitest";
import { applyEdits } from "./offset-map.js";
import { looksTokenised, tokenSpacingEdits, untokenise } from "./token-spacing.js";

describe("tokenised text", () => {
  const tokenised = [
    "Dam gives way near Ostrava , 12 dead",
    "Posted : 03 / 14 / 2021 6 : 05 p . m . ET",
    "A dam on the Opava river burst early on Sunday , flooding two villages , officials said .",
    'The region \'s governor , Jana Novak , said the 4 . 2 million cubic metres of water had " nowhere to go " .',
    '" We did n\'t have time , " a 67 - year - old farmer said . " It was like a wall . "',
    "Damage is put at $ 40 million ( about 35 million euros ) .",
  ].join("\n");

  it("reads as prose, with dates, figures, possessives and quotes whole", () => {
    expect(untokenise(tokenised)).toBe(
      [
        "Dam gives way near Ostrava, 12 dead",
        "Posted: 03/14/2021 6:05 p.m. ET",
        "A dam on the Opava river burst early on Sunday, flooding two villages, officials said.",
        'The region\'s governor, Jana Novak, said the 4.2 million cubic metres of water had "nowhere to go".',
        '"We didn\'t have time," a 67-year-old farmer said. "It was like a wall."',
        "Damage is put at $40 million (about 35 million euros).",
      ].join("\n"),
    );
  });

  it("maps offsets back to the tokenised original", () => {
    const { text, toOriginal } = applyEdits(tokenised, tokenSpacingEdits(tokenised));
    const at = text.indexOf("03/14/2021");
    expect(tokenised.slice(toOriginal(at), toOriginal(at + "03/14/2021".length))).toBe("03 / 14 / 2021");
  });

  it("reads the `` and '' of such corpora as quote marks", () => {
    expect(untokenise("She starred in `` Night Ferry '' , a thriller , in 2009 . It flopped .")).toBe(
      'She starred in "Night Ferry", a thriller, in 2009. It flopped.',
    );
  });

  it("leaves ordinary prose alone, even with a stray spaced mark", () => {
    const prose =
      "Rescuers reached Kassala at 4:30 p.m. on Monday , and the toll rose to 12. Crews kept digging.";
    expect(looksTokenised(prose)).toBe(false);
    expect(untokenise(prose)).toBe(prose);
  });
});
