import { describe, expect, it } from "vitest";
import { clusterArticle, datelineDate, weekdaysIn } from "./article-features.js";

/** The place mention of `name` where `text` first gives it (from `from` on). */
function placeMention(text: string, name: string, from = 0) {
  const start = text.indexOf(name, from);
  const none = { role: null, expansion: null, entityId: null };
  return { start, end: start + name.length, text: name, type: "place" as const, ...none };
}

describe("datelineDate", () => {
  it.each([
    ["Updated: March 3, 2012 08:15 IST\nThe navy stopped an attack on two tankers.", "2012-03-03"],
    ["RIVERTON, April 28, 2009 - The council voted to close the old bridge.", "2009-04-28"],
    // a tokenised text (as research corpora ship news) writes its dateline in pieces
    [
      "Ferry sinks off Crete , 14 missing\nPosted 11 / 27 / 2005 7 : 21 AM\nThe ferry went down at dawn .",
      "2005-11-27",
    ],
    ["Mayor quits\nNov . 30 , 2009\nThe mayor of Riverton resigned on Monday , aides said .", "2009-11-30"],
    // a bare year is not a date, and a date far down the text is not a dateline
    ["The bridge, built in 1961, was closed after an inspection.", null],
    [`${"The council met again to discuss the bridge. ".repeat(12)}On March 3, 2010 it closed.`, null],
  ])("%j -> %s", (text, expected) => {
    expect(datelineDate(null, text)).toBe(expected);
  });
});

describe("clusterArticle", () => {
  it("dates an undated article from its dateline and leaves a dated one alone", () => {
    const text = "March 4, 2009 | The minister reversed the rule on Tuesday.";
    expect(clusterArticle({ id: "a", title: null, text, published: null }, []).eventDate).toBe("2009-03-04");
    expect(clusterArticle({ id: "b", title: null, text, published: "2009-03-05" }, []).eventDate).toBeNull();
  });

  it("takes the extractor's place mentions as the article's places, each once", () => {
    const mention = (text: string, type: "place" | "person") => ({
      start: 0,
      end: text.length,
      text,
      type,
      role: null,
      expansion: null,
      entityId: null,
    });
    const article = clusterArticle({ id: "x", title: null, text: "…", published: null }, [
      mention("Tulsa", "place"),
      mention("Reggie Bush", "person"),
      mention("Tulsa", "place"),
    ]);
    expect(article.places).toEqual(["Tulsa"]);
  });

  it("leaves out the town a report was filed from, unless the report names it again", () => {
    const text = "KINSHASA (Wire) - A ferry sank near Goma. Goma's port was closed.";
    const at = (name: string, from = 0) => placeMention(text, name, from);
    const filed = clusterArticle({ id: "w", title: null, text, published: null }, [
      at("KINSHASA"),
      at("Goma"),
    ]);
    expect(filed.places).toEqual(["Goma"]);
    const again = `${text} Kinshasa sent divers.`;
    const named = clusterArticle({ id: "v", title: null, text: again, published: null }, [
      at("KINSHASA"),
      at("Goma"),
      {
        ...at("Kinshasa", 20),
        start: again.indexOf("Kinshasa sent"),
        end: again.indexOf("Kinshasa sent") + 8,
      },
    ]);
    expect(named.places).toEqual(["KINSHASA", "Goma", "Kinshasa"]);
  });
});

describe("clusterArticle: datelines", () => {
  it("leaves the dateline out of the words it compares: the filing town and agency tell nothing of the event", () => {
    const text = "OSSO, Jan 22 (Harbour Wire) - Snow closed 140 village roads on Wednesday.";
    const article = clusterArticle({ id: "s", title: "Snow closes roads", text, published: null }, []);
    expect(article.text).toBe("Snow closed 140 village roads on Wednesday.");
    // without a dateline the text is unchanged
    const plain = "Snow closed roads around Osso.";
    expect(clusterArticle({ id: "t", title: null, text: plain, published: null }, []).text).toBe(plain);
  });
});

describe("weekdaysIn", () => {
  it("leaves out the day a running toll was updated: a follow-up names it days after the event", () => {
    expect(weekdaysIn("The toll of Tuesday's fire rose to 93 on Saturday.")).toEqual(["tuesday"]);
    expect(weekdaysIn("The death toll climbed to 14 people by Friday.")).toEqual([]);
    expect(weekdaysIn("The toll rose on Sunday to 31.")).toEqual([]);
    // a day that is not an update's stays
    expect(weekdaysIn("Prices rose on Saturday after the vote.")).toEqual(["saturday"]);
  });

  it("finds each weekday once, whatever its case", () => {
    expect(weekdaysIn("On Saturday the crowd gathered; by SUNDAY it had gone. Saturday was calm.")).toEqual([
      "saturday",
      "sunday",
    ]);
  });
});

describe("clusterArticle: a paragraph that turns to another story", () => {
  const placeAt = (text: string, name: string) => placeMention(text, name);

  it("leaves out the words and places of a closing paragraph about a place the report names nowhere else", () => {
    const text =
      "Floodwater tore through Sorva on Sunday.\nThe mayor of Sorva asked for divers.\nMeanwhile in Tamaris, where a quake struck on Friday, hopes were fading.";
    const article = clusterArticle({ id: "f", title: null, text, published: null }, [
      placeAt(text, "Sorva"),
      placeAt(text, "Tamaris"),
    ]);
    expect(article.places).toEqual(["Sorva"]);
    expect(article.text).not.toContain("quake");
    expect(article.text).toContain("asked for divers");
  });

  it("keeps such a paragraph when the report names that place elsewhere", () => {
    const text = "Floodwater reached Tamaris on Sunday.\nMeanwhile in Tamaris, the river rose again.";
    const article = clusterArticle({ id: "g", title: null, text, published: null }, [
      placeAt(text, "Tamaris"),
    ]);
    expect(article.text).toBe(text);
  });
});
