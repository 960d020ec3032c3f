import { describe, expect, it } from "vitest";
import { type LabelBox, placeLabel } from "./label-placement.js";

describe("placeLabel", () => {
  it("puts a label right of its dot, then left, above or below when taken", () => {
    const placed: LabelBox[] = [];
    expect(placeLabel(placed, 100, 100, 40)).toEqual({ x: 108, y: 104, end: false });
    // a dot just below-left: the right is taken, the left is free
    expect(placeLabel(placed, 98, 104, 40)).toEqual({ x: 90, y: 108, end: true });
    expect(placed).toHaveLength(2);
  });

  it("keeps a label on the drawing and gives up when nothing fits", () => {
    expect(placeLabel([], 590, 50, 40, { width: 600, height: 200 })).toEqual({ x: 582, y: 54, end: true });
    expect(placeLabel([], 20, 50, 600, { width: 600, height: 200 })).toBeNull();
  });
});
