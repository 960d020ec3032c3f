import { createHash } from "node:crypto";

/** 64-bit SimHash of word 3-shingles, as 16 hex digits: near-identical texts differ in few bits. */
export function nearDuplicateSignature(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const weights = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < Math.max(words.length, 3); i++) {
    const shingle = words.slice(i, i + 3).join(" ");
    const digest = createHash("md5").update(shingle).digest();
    for (let bit = 0; bit < 64; bit++) {
      const set = (digest[bit >> 3]! >> (bit & 7)) & 1;
      weights[bit]! += set ? 1 : -1;
    }
  }
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let b = 0; b < 4; b++) if (weights[nibble * 4 + b]! > 0) value |= 1 << b;
    hex += value.toString(16);
  }
  return hex;
}
