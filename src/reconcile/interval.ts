import type { Qualifier } from "../model/claim.js";

/** The closed range of true counts a reported figure allows once its qualifier is read. */
export interface CountInterval {
  low: number;
  high: number;
}

/** "about" allows this share either side of the figure. */
const ABOUT_TOLERANCE = 0.1;

export function intervalOf(
  count: number,
  qualifier: Qualifier,
  countMax: number | null = null,
): CountInterval {
  switch (qualifier) {
    case "exact":
      return { low: count, high: count };
    case "at-least":
      return { low: count, high: Number.POSITIVE_INFINITY };
    case "more-than":
      return { low: count + 1, high: Number.POSITIVE_INFINITY };
    case "about":
      return {
        low: Math.floor(count * (1 - ABOUT_TOLERANCE)),
        high: Math.ceil(count * (1 + ABOUT_TOLERANCE)),
      };
    case "at-most":
      return { low: 0, high: count };
    case "range":
      return { low: count, high: countMax ?? count };
  }
}

/** Two figures are compatible when some true count satisfies both. */
export function intervalsOverlap(a: CountInterval, b: CountInterval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The words for a qualified figure: "at least 311", "300-350". */
export function describeCount(count: number, qualifier: Qualifier, countMax: number | null = null): string {
  const n = grouped(count);
  switch (qualifier) {
    case "exact":
      return n;
    case "at-least":
      return `at least ${n}`;
    case "more-than":
      return `more than ${n}`;
    case "about":
      return `about ${n}`;
    case "at-most":
      return `at most ${n}`;
    case "range":
      return `${n}-${grouped(countMax ?? count)}`;
  }
}

/** A count as a reader writes it: "2,000", "12,500", "412". */
const grouped = (count: number) => count.toLocaleString("en-US", { maximumFractionDigits: 2 });
