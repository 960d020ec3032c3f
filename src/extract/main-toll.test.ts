import { describe, expect, it } from "vitest";
import { buildExtractContext } from "./build-context.js";
import { extractCasualties } from "./casualties/extract-casualties.js";
import { mainToll } from "./main-toll.js";

const toll = (text: string) =>
  mainToll(extractCasualties(buildExtractContext({ articleId: "t", text, published: null })));

const rows: [string, { killed: number | null; injured: number | null }][] = [
  ["A man was shot and killed on Elm Street. The man was 31.", { killed: 1, injured: null }],
  ["Two men were shot on Sunday night. One of them died at the hospital.", { killed: 1, injured: 1 }],
  ["Two people were shot, one fatally.", { killed: 1, injured: 1 }],
  ["A woman was shot in the arm. She is expected to recover.", { killed: null, injured: 1 }],
  [
    "Clashes have killed over 500 people. The monitor said over 500 people, including 80 civilians, died.",
    { killed: 500, injured: null },
  ],
  [
    "Over 200 fighters and at least 9 civilians have been killed. The war has killed 350,000 people since 2011.",
    { killed: 209, injured: null },
  ],
  [
    "A father shot his four children and his wife before turning the gun on himself. He killed himself in the garage.",
    { killed: 1, injured: 5 },
  ],
  ["The gunman killed his two daughters and his wife, then took his own life.", { killed: 4, injured: null }],
  [
    "The death toll has risen to 14 after rescuers pulled five more bodies from the rubble.",
    { killed: 14, injured: null },
  ],
  ["Three people were wounded. Another man was shot in the foot.", { killed: null, injured: 4 }],
  ["Nobody was injured in the fire.", { killed: null, injured: 0 }],
  ["The museum reopened on Monday with a new wing.", { killed: null, injured: null }],
];

describe("mainToll", () => {
  it.each(rows)("%s", (text, expected) => {
    expect(toll(text)).toEqual(expected);
  });
});
