import { describe, expect, it } from "vitest";
import { blockedAddressReason, embeddedIpv4 } from "./blocked-addresses.js";

describe("blockedAddressReason", () => {
  const rows: Array<[string, string | null]> = [
    ["127.0.0.1", "loopback address"],
    ["127.8.9.10", "loopback address"],
    ["10.1.2.3", "private address"],
    ["172.16.0.1", "private address"],
    ["172.31.255.255", "private address"],
    ["172.32.0.1", null],
    ["192.168.1.1", "private address"],
    ["169.254.169.254", "link-local address (cloud metadata lives here)"],
    ["100.64.0.1", "carrier-grade NAT (shared) address"],
    ["100.100.100.200", "carrier-grade NAT (shared) address"],
    ["0.0.0.0", "unspecified ('this network') address"],
    ["224.0.0.1", "multicast address"],
    ["8.8.8.8", null],
    ["93.184.216.34", null],
    ["::1", "loopback address"],
    ["::", "unspecified address"],
    ["fd00:ec2::254", "unique-local address"],
    ["fc12::1", "unique-local address"],
    ["fe80::1", "link-local address"],
    ["::ffff:127.0.0.1", "loopback address"],
    ["::ffff:7f00:1", "loopback address"],
    ["::ffff:10.0.0.1", "private address"],
    ["64:ff9b::a9fe:a9fe", "link-local address (cloud metadata lives here)"],
    ["2002:c0a8:0101::1", "private address"],
    ["2606:4700:4700::1111", null],
    ["::ffff:8.8.8.8", null],
    ["example.com", "not an IP address"],
  ];
  it.each(rows)("%s -> %s", (address, expected) => {
    expect(blockedAddressReason(address)).toBe(expected);
  });
});

describe("embeddedIpv4", () => {
  const rows: Array<[string, string | null]> = [
    ["::ffff:1.2.3.4", "1.2.3.4"],
    ["::ffff:0102:0304", "1.2.3.4"],
    ["2002:0102:0304::", "1.2.3.4"],
    ["2001:db8::1", null],
    ["::1", null],
  ];
  it.each(rows)("%s -> %s", (address, expected) => {
    expect(embeddedIpv4(address)).toBe(expected);
  });
});
