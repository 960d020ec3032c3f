import { BlockList, isIP } from "node:net";

/** Address ranges a fetch from user input must never reach, with the reason shown on refusal. */
const BLOCKED_RANGES: ReadonlyArray<
  [network: string, prefix: number, family: "ipv4" | "ipv6", reason: string]
> = [
  ["0.0.0.0", 8, "ipv4", "unspecified ('this network') address"],
  ["10.0.0.0", 8, "ipv4", "private address"],
  ["100.64.0.0", 10, "ipv4", "carrier-grade NAT (shared) address"],
  ["127.0.0.0", 8, "ipv4", "loopback address"],
  ["169.254.0.0", 16, "ipv4", "link-local address (cloud metadata lives here)"],
  ["172.16.0.0", 12, "ipv4", "private address"],
  ["192.0.0.0", 24, "ipv4", "IETF protocol assignment address"],
  ["192.0.2.0", 24, "ipv4", "documentation address"],
  ["192.168.0.0", 16, "ipv4", "private address"],
  ["198.18.0.0", 15, "ipv4", "benchmarking address"],
  ["198.51.100.0", 24, "ipv4", "documentation address"],
  ["203.0.113.0", 24, "ipv4", "documentation address"],
  ["224.0.0.0", 4, "ipv4", "multicast address"],
  ["240.0.0.0", 4, "ipv4", "reserved address"],
  ["::", 128, "ipv6", "unspecified address"],
  ["::1", 128, "ipv6", "loopback address"],
  ["fc00::", 7, "ipv6", "unique-local address"],
  ["fe80::", 10, "ipv6", "link-local address"],
  ["fec0::", 10, "ipv6", "site-local address"],
  ["ff00::", 8, "ipv6", "multicast address"],
  ["2001:db8::", 32, "ipv6", "documentation address"],
  ["100::", 64, "ipv6", "discard-only address"],
];

const blockLists = BLOCKED_RANGES.map(([network, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, reason };
});

/** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any. */
export function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1] ?? null;
  const groups = expandIpv6(lower);
  if (!groups) return null;
  const toV4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && groups[5] === 0xffff) return toV4(groups[6]!, groups[7]!);
  if (zeros(0, 6) && (groups[6] !== 0 || groups[7]! > 1)) return toV4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return toV4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return toV4(groups[1]!, groups[2]!);
  return null;
}

function expandIpv6(address: string): number[] | null {
  if (isIP(address) !== 6 || address.includes(".")) return null;
  const [head = "", tail] = address.split("::");
  const part = (s: string) => (s === "" ? [] : s.split(":").map((g) => Number.parseInt(g, 16)));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = 8 - left.length - right.length;
  return [...left, ...Array<number>(Math.max(0, fill)).fill(0), ...right];
}

/** Why an IP address may not be fetched from, or null when it is a public address. */
export function blockedAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4 !== null) return blockedAddressReason(v4);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const { list, family: rangeFamily, reason } of blockLists) {
    if (rangeFamily === type && list.check(address, type)) return reason;
  }
  return null;
}
