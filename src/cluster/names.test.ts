import { describe, expect, it } from "vitest";
import { nameKeys, properNames } from "./names.js";

describe("properNames", () => {
  it.each([
    ["Ana Ruiz met Omar Haddad in Lisbon.", ["Ana Ruiz", "Omar Haddad", "Lisbon"]],
    ["Police said the police car was hit. The Mayor of Dunmore spoke.", ["Mayor", "Dunmore"]],
    ["Storm Clara's winds hit Norway's coast", ["Storm Clara", "Norway"]],
    ["The firm. Harbor Bank fell", ["Harbor Bank"]],
    // a lone English word opening a sentence is a name only if the text capitalises it inside one too
    ["Responding to a call, Navy divers reached Tolmezzo. Thieves fled.", ["Navy", "Tolmezzo"]],
    ["Reading voted. Voters in Reading stayed home.", ["Reading", "Reading"]],
    // a name ends with its sentence; an abbreviation does not end one ("Mr. Smith")
    ["Mr. Smith met Gen. Ruiz in Tolmezzo. Smith left.", ["Smith", "Gen Ruiz", "Tolmezzo", "Smith"]],
    // two capitalised words opening a sentence stay a name
    ["Mark Teixeira signed. Red Sox fans cheered.", ["Mark Teixeira", "Red Sox"]],
    // months, clock marks and contractions are not names
    ["Updated November 11, 2011 20:09 IST. I'm sure, said Ana Ruiz.", ["Ana Ruiz"]],
    // a line break ends a name: a headline without a full stop does not run into the next line
    ["Red Sox make offer to Teixeira\nEpstein flew to Texas.", ["Red Sox", "Teixeira", "Epstein", "Texas"]],
    // in a title-case headline, capitals say nothing: only words the body capitalises stay names
    ["Daring Jewel Raid in Central Lyon\nFour armed men robbed a store in Lyon.", ["Lyon", "Lyon"]],
    [
      "Mayor Lena Ortiz Opens New Bridge\nThe bridge was opened by Lena Ortiz, the Mayor of Tarnow.",
      ["Mayor Lena Ortiz", "Lena Ortiz", "Mayor", "Tarnow"],
    ],
    // title case further down is a list of names, not a headline
    [
      "Victims named\nKofi Mensah, Ruth Baker, Tom Fisher were hurt.",
      ["Kofi Mensah", "Ruth Baker", "Tom Fisher"],
    ],
  ])("%s", (input, expected) => {
    expect(properNames(input)).toEqual(expected);
  });
});

describe("nameKeys", () => {
  it.each([
    [
      ["Ana Ruiz", "Lisbon"],
      ["ana", "ruiz", "lisbon"],
    ],
    [["J. Smith"], ["smith"]],
  ])("%j", (input, expected) => {
    expect(nameKeys(input)).toEqual(expected);
  });
});
