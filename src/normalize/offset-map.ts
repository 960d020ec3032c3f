/**
 * Maps offsets in a rewritten text back to the text it came from. Built from edits applied left to
 * right; each edit replaces `original[from, to)` with `replacement`.
 */
export interface TextEdit {
  from: number;
  to: number;
  replacement: string;
}

export interface MappedText {
  text: string;
  /** Offset in `text` -> offset in the original. */
  toOriginal(offset: number): number;
}

/** Applies non-overlapping edits (any order) and returns the new text with its offset map. */
export function applyEdits(original: string, edits: readonly TextEdit[]): MappedText {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  // anchors: [newOffset, originalOffset] at the start of each unchanged run
  const anchors: [number, number][] = [[0, 0]];
  let out = "";
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.from < cursor) continue; // overlapping edit: keep the first one
    out += original.slice(cursor, edit.from);
    anchors.push([out.length, edit.from]);
    out += edit.replacement;
    cursor = edit.to;
    anchors.push([out.length, edit.to]);
  }
  out += original.slice(cursor);
  return {
    text: out,
    toOriginal(offset: number): number {
      let lo = 0;
      let hi = anchors.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (anchors[mid]![0] <= offset) lo = mid;
        else hi = mid - 1;
      }
      const [n, o] = anchors[lo]!;
      return o + (offset - n);
    },
  };
}

/** Composes two mappings: `outer` was computed on `inner.text`. */
export function composeMaps(inner: MappedText, outer: MappedText): MappedText {
  return { text: outer.text, toOriginal: (offset) => inner.toOriginal(outer.toOriginal(offset)) };
}
