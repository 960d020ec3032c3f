import { describe, expect, it } from "vitest";
import type { Claim, DateClaim } from "../../model/index.js";
import { buildExtractContext } from "../build-context.js";
import { extractDates, redateClaims } from "./extract-dates.js";
import { findDates } from "./resolve-date.js";

// 2024-06-15 is a Saturday.
const SATURDAY = new Date("2024-06-15T12:00:00Z");

const rows: [string, Date | null, (string | null)[]][] = [
  ["The vote took place on Wednesday.", SATURDAY, ["2024-06-12"]],
  ["Talks resumed on Sunday.", SATURDAY, ["2024-06-09"]],
  ["The bridge closed last month.", SATURDAY, ["2024-05"]],
  ["The market opened on September 3.", SATURDAY, ["2023-09-03"]],
  ["The market opened on June 3.", SATURDAY, ["2024-06-03"]],
  ["The strike began on 4 March 2021.", SATURDAY, ["2021-03-04"]],
  ["The company was founded in 1998.", SATURDAY, ["1998"]],
  ["A ceasefire was agreed in March 2020.", SATURDAY, ["2020-03"]],
  ["A ceasefire was agreed in March 2020.", null, ["2020-03"]],
  ["The dam was finished in May.", SATURDAY, ["2024-05"]],
  ["The dam was finished in August.", SATURDAY, ["2023-08"]],
  ["Floods hit the valley last year.", SATURDAY, ["2023"]],
  ["The convoy left on 2 May.", SATURDAY, ["2024-05-02"]],
  ["The vote took place on Wednesday.", null, [null]],
  ["The strike began on 4 March 2021.", null, ["2021-03-04"]],
  ["The sky was clear.", SATURDAY, []],
  // a feast on a fixed date is that day, in the year the clause points to
  ["The quake struck on New Year's Day.", SATURDAY, ["2024-01-01"]],
  ["The fire broke out on Christmas Eve.", SATURDAY, ["2023-12-24"]],
  ["The market will reopen on Christmas Day.", SATURDAY, ["2024-12-25"]],
  // a week is a span of days, no one day of it; a weekday "last week" is in the calendar week before
  ["The governor died last week.", SATURDAY, [null]],
  ["Prices rose over the past week.", SATURDAY, [null]],
  ["The port reopened on Monday last week.", SATURDAY, ["2024-06-03"]],
  ["The port reopened two weeks ago.", SATURDAY, ["2024-06-01"]],
  ["The port closed more than two weeks ago, officials said on Friday.", SATURDAY, ["2024-06-14"]],
  // a year naming an event, without a preposition; a count is no year
  ["The 2009 Varna floods left the dykes weak.", SATURDAY, ["2009"]],
  ["The 1500 troops crossed the river.", SATURDAY, []],
  // a future clause points forward, "would" to the nearer side, a past clause back
  ["The committee will meet again in April.", SATURDAY, ["2025-04"]],
  ["The hearing is scheduled for Tuesday.", SATURDAY, ["2024-06-18"]],
  ["He said he would return on Friday.", SATURDAY, ["2024-06-14"]],
  ["Officials would visit the camp on Monday.", SATURDAY, ["2024-06-17"]],
  [
    "The man, who was arrested on Monday, will appear in court on Friday.",
    SATURDAY,
    ["2024-06-10", "2024-06-21"],
  ],
  ["Charges are expected after he shot a neighbour on Monday.", SATURDAY, ["2024-06-10"]],
  ["Bail was set on Thursday.", SATURDAY, ["2024-06-13"]],
  // "before" a judge is a place to appear, not the start of a clause
  ["The driver is expected to appear before a magistrate on Tuesday.", SATURDAY, ["2024-06-18"]],
  ["The fire was out before firefighters arrived on Tuesday.", SATURDAY, ["2024-06-11"]],
  // a lower-case month name is a noun or a verb; "now" dates nothing
  ["On their march towards the city in May, they met no resistance.", SATURDAY, ["2024-05"]],
  ["The dispute is now in its third year.", SATURDAY, []],
];

describe("findDates", () => {
  it.each(rows)("%s (reference %s)", (text, reference, expected) => {
    expect(findDates(text, reference).map((d) => d.date)).toEqual(expected);
  });
});

describe("extractDates", () => {
  it("marks 'since <year>' as background", () => {
    const claims = extractDates(
      buildExtractContext({ articleId: "t", text: "Prices have risen since 2019.", published: null }),
    );
    expect(claims.map((c) => [c.expression, c.background])).toEqual([["since 2019", true]]);
  });

  it("gives an expression without the comma or space after it", () => {
    const text = "OSSO, Jan 21 (Wire) - The dam failed early on Tuesday, officials said.";
    const claims = extractDates(buildExtractContext({ articleId: "t", text, published: "2025-01-21" }));
    expect(claims.map((c) => c.expression)).toEqual(["Jan 21", "on Tuesday"]);
  });

  it("marks the start of a span that reaches the present as background, however it is told", () => {
    const text =
      "The army lost the port for the first time since the start of the civil war in 2011. Fighting since the ceasefire of March 2020 has been rare. The town fell in 2016, and the front has not moved since. Talks began in May 2019.";
    const claims = extractDates(buildExtractContext({ articleId: "t", text, published: null }));
    expect(claims.map((c) => [c.expression, c.background])).toEqual([
      ["in 2011", true],
      ["March 2020", true],
      ["in 2016", false],
      ["May 2019", false],
    ]);
  });

  it("re-resolves an undated article against a reference its story supplies", () => {
    const text = "The dam failed on Tuesday. Two villages were flooded.";
    const claims: Claim[] = extractDates(buildExtractContext({ articleId: "t", text, published: null }));
    expect((claims[0] as DateClaim).date).toBeNull();
    const redated = redateClaims(claims, "2024-06-15");
    expect((redated[0] as DateClaim).date).toBe("2024-06-11");
  });

  it("re-resolves a future clause forward", () => {
    const text = "Engineers will inspect the dam on Tuesday.";
    const claims: Claim[] = extractDates(buildExtractContext({ articleId: "t", text, published: null }));
    expect((redateClaims(claims, "2024-06-15")[0] as DateClaim).date).toBe("2024-06-18");
  });
});
