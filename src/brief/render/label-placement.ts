/** A label's box on a map: left, top, width, height, in pixels. */
export type LabelBox = [number, number, number, number];

export interface LabelSpot {
  x: number;
  y: number;
  /** The label ends at `x` (drawn left of its dot, `text-anchor="end"`). */
  end: boolean;
}

/**
 * Where a dot's label goes: right of the dot, else left of it, else just above or below on the right;
 * null when it would overlap a label already placed everywhere (the dot keeps its tooltip and the list
 * names it). `placed` gathers the boxes taken, so place the labels that matter most first. With
 * `bounds` (the drawing's width and height), a spot that would run off the drawing is not taken.
 */
export function placeLabel(
  placed: LabelBox[],
  x: number,
  y: number,
  width: number,
  bounds?: { width: number; height: number },
): LabelSpot | null {
  const spots: [LabelBox, LabelSpot][] = [
    [[x + 6, y - 10, width, 16], { x: x + 8, y: y + 4, end: false }],
    [[x - 6 - width, y - 10, width, 16], { x: x - 8, y: y + 4, end: true }],
    [[x + 6, y - 22, width, 16], { x: x + 8, y: y - 8, end: false }],
    [[x + 6, y + 2, width, 16], { x: x + 8, y: y + 16, end: false }],
  ];
  for (const [box, at] of spots) {
    const [bx, by, bw, bh] = box;
    if (bounds && (bx < 0 || by < 0 || bx + bw > bounds.width || by + bh > bounds.height)) continue;
    if (placed.every(([px, py, pw, ph]) => bx + bw < px || px + pw < bx || by + bh < py || py + ph < by)) {
      placed.push(box);
      return at;
    }
  }
  return null;
}
