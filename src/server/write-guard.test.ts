import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./write-guard.js";

describe("isLoopbackAddress", () => {
  const rows: [string | undefined, boolean][] = [
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.1", false],
    ["192.168.1.4", false],
    ["::ffff:10.0.0.1", false],
    ["1270.0.0.1", false],
    ["fe80::1", false],
    ["", false],
    [undefined, false],
  ];
  it.each(rows)("%s -> %s", (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});
