import { describe, expect, it } from "vitest";
import { buildExtractContext } from "../build-context.js";
import { extractMentions } from "../entities/extract-mentions.js";
import { extractQuotes } from "./extract-quotes.js";

const quotes = (text: string) =>
  extractQuotes(buildExtractContext({ articleId: "t", text, published: null })).map((q) => [
    q.quote,
    q.speaker?.text ?? null,
  ]);

const rows: [string, (string | null)[][]][] = [
  [
    '"The bridge will reopen next spring," Mayor Linda Ortiz said.',
    [["The bridge will reopen next spring,", "Linda Ortiz"]],
  ],
  [
    "“We have enough water for a week,” said Tomas Berg, a camp manager.",
    [["We have enough water for a week,", "Tomas Berg"]],
  ],
  [
    "«Nobody expected the river to rise so fast», Carla Menendez told AFP.",
    [["Nobody expected the river to rise so fast", "Carla Menendez"]],
  ],
  [
    "Finance Minister Piet Janssen warned: “The deficit will grow this year.”",
    [["The deficit will grow this year.", "Piet Janssen"]],
  ],
  ["“The talks are over,” the envoy said.", [["The talks are over,", "the envoy"]]],
  // calling something a thing quotes the caller; a name in quotes after "called" quotes nobody
  [
    "Lena Varga called the ruling “a big win for our courts and our voters” in a post.",
    [["a big win for our courts and our voters", "Lena Varga"]],
  ],
  // a headline capitalises its verb
  [
    "Mayor Ana Duarte Vows to Protect the Harbour’s “Jobs and the Future of Every Family”",
    [["Jobs and the Future of Every Family", "Ana Duarte"]],
  ],
  // marks that do not pair
  ["“The harvest is lost», farmer Ali Demir said.", [["The harvest is lost", "Ali Demir"]]],
  // split quote with "he added" going to the last named speaker
  [
    '"We saw smoke over the hills," said Omar Haddad. "Then the shelling started again," he added.',
    [
      ["We saw smoke over the hills,", "Omar Haddad"],
      ["Then the shelling started again,", "Omar Haddad"],
    ],
  ],
  // one sentence split by its attribution
  [
    '"The first phase is over," commander Ravi Sen said on the radio, "and the second starts tonight."',
    [
      ["The first phase is over,", "Ravi Sen"],
      ["and the second starts tonight.", "Ravi Sen"],
    ],
  ],
  // the same, when the quote opens with a capitalised word that is no name
  [
    '"Nothing will stop us now," Amal Nour said at the rally, "and the valley will be ours by winter."',
    [
      ["Nothing will stop us now,", "Amal Nour"],
      ["and the valley will be ours by winter.", "Amal Nour"],
    ],
  ],
  // a possessive opening the sentence is no speaker
  [
    'The navy denied it. Its spokesman, Captain Dan Mirza, said the crews were "holding their stations until the storm passes".',
    [["holding their stations until the storm passes", "Dan Mirza"]],
  ],
  // an earlier quote inside the sentence does not move the speaker
  [
    "Canada and its partners called on Sunday for a “pause” in Varna and urged “a return to talks without conditions”.",
    [["a return to talks without conditions", "Canada"]],
  ],
  // block quote with a dash line naming the speaker
  [
    "The minister spoke at length.\n“Our schools will open on Monday as planned. Teachers are ready.”\n– Education Minister Sara Lind",
    [["Our schools will open on Monday as planned. Teachers are ready.", "Sara Lind"]],
  ],
  // a scare quote is not a quote
  ["Officials called it a “technical pause” in the talks.", []],
  // single curly marks, as British outlets write quotes; the closing mark is also the apostrophe
  [
    "‘We will not leave our homes,’ said Amira Khoury, a teacher in the village.",
    [["We will not leave our homes,", "Amira Khoury"]],
  ],
  [
    "‘They’re shelling the soldiers’ barracks every night,’ Colonel Jan Novak told reporters.",
    [["They’re shelling the soldiers’ barracks every night,", "Jan Novak"]],
  ],
  ["Residents of the ‘safe zone’ still talk about the ‘90s floods and the ’98 storm.", []],
  // "s’" before a lower-case word is a possessive, unless a new passage opens before any other close
  [
    "Parents objected to the ‘lessons on hormones’ and ‘a reading list chosen without us’, said Rosa Lind.",
    [["a reading list chosen without us", "Rosa Lind"]],
  ],
  // a single-marked passage inside a double-marked one is part of it
  [
    "“She told me ‘run to the cellar now’ and I ran,” said Pavel Orlov.",
    [["She told me ‘run to the cellar now’ and I ran,", "Pavel Orlov"]],
  ],
];

/** As ingest reads an article: with its name mentions, which "she said" may point back to. */
const quotesWithMentions = (text: string) =>
  extractQuotes(
    buildExtractContext({ articleId: "t", text, published: null, mentions: extractMentions(text) }),
  ).map((q) => [q.quote, q.speaker?.text ?? null]);

const withMentions: [string, (string | null)[][]][] = [
  // a quote after its speaker's attribution goes on from it
  [
    '"Our crews reached every farm by noon," Omar Haddad said. "We are still counting the damage."',
    [
      ["Our crews reached every farm by noon,", "Omar Haddad"],
      ["We are still counting the damage.", "Omar Haddad"],
    ],
  ],
  // "she said" with no quote speaker before: the person named last
  [
    'Marta Velez, a nurse, walked for two days to reach the camp. "We left with nothing at all," she said.',
    [["We left with nothing at all,", "Marta Velez"]],
  ],
  // ... whom the pronoun fits: "she" is not Luke
  [
    'Anita Sole said her neighbour Luke Varga had carried her children out. "He went back in twice for them," she said.',
    [["He went back in twice for them,", "Anita Sole"]],
  ],
  // ... unless an unnamed person speaks after that name: "she" is the woman, not the officer
  [
    'Sergeant Paul Okoro said the road was closed. A woman who runs the bakery said she heard three shots. "The windows shook all night," she said.',
    [["The windows shook all night,", "A woman"]],
  ],
  // ... and only one the pronoun fits, who opens a sentence and speaks in it
  [
    'Sergeant Paul Okoro said a man was held. A man who runs the bakery said he heard nothing. "We were asleep upstairs then," she said.',
    [["We were asleep upstairs then,", null]],
  ],
  [
    'Rita Moss said a woman was hurt in the crash. "She was very lucky indeed," she said.',
    [["She was very lucky indeed,", "Rita Moss"]],
  ],
  // a role description, then the name
  [
    '"The town is quiet now," the director of the agency, Amira Sulem, told reporters.',
    [["The town is quiet now,", "Amira Sulem"]],
  ],
  // a demonym names nobody
  [
    'A spokesman for the Sudanese army, Colonel Idris Bakr, said troops had "withdrawn to safer lines".',
    [["withdrawn to safer lines", "Idris Bakr"]],
  ],
];

describe("extractQuotes", () => {
  it.each(withMentions)("%s", (input, expected) => {
    expect(quotesWithMentions(input)).toEqual(expected);
  });

  it.each(rows)("%s", (input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it("keeps the quote verbatim from the text", () => {
    const text = "“Prices doubled in a month,” trader Jun Park said.";
    for (const q of extractQuotes(buildExtractContext({ articleId: "t", text, published: null }))) {
      expect(text).toContain(q.quote);
    }
  });
});
