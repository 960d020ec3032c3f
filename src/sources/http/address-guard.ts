import type { LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { blockedAddressReason } from "./blocked-addresses.js";
import { FetchError } from "./fetch-error.js";

/** Resolves a host name to all its addresses (injectable so tests need no real DNS). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveWithSystemDns: ResolveHost = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

export interface AddressGuardOptions {
  allowPrivate: boolean;
  resolve?: ResolveHost;
  /** Which addresses are refused and why; the built-in ranges unless a test narrows them. */
  blockedReason?: (address: string) => string | null;
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Checks where a URL's host resolves before anything is sent, and pins connections to the checked
 * addresses: `lookup` (given to undici's connector) hands back only addresses `check` approved, so a
 * DNS answer that changes between check and connect cannot reach a private address.
 */
export class AddressGuard {
  readonly #allowPrivate: boolean;
  readonly #resolve: ResolveHost;
  readonly #blockedReason: (address: string) => string | null;
  readonly #checked = new Map<string, { addresses: LookupAddress[]; until: number }>();
  readonly #ttlMs = 60_000;

  constructor(options: AddressGuardOptions) {
    this.#allowPrivate = options.allowPrivate;
    this.#resolve = options.resolve ?? resolveWithSystemDns;
    this.#blockedReason = options.blockedReason ?? blockedAddressReason;
  }

  /** Resolves and checks `url`'s host; throws a "refused" FetchError naming the reason. */
  async check(url: URL): Promise<LookupAddress[]> {
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new FetchError(
        "refused",
        url.href,
        `refused: only http and https URLs are fetched, not ${url.protocol}`,
      );
    }
    const hostname = bareHostname(url.hostname);
    const cached = this.#checked.get(hostname);
    if (cached && cached.until > Date.now()) return cached.addresses;
    const addresses = await this.#resolveHost(url, hostname);
    if (!this.#allowPrivate) {
      for (const { address } of addresses) {
        const reason = this.#blockedReason(address);
        if (reason !== null) {
          throw new FetchError(
            "refused",
            url.href,
            `refused: ${hostname === address ? address : `${hostname} resolves to ${address}`}, a ${reason}; nothing was sent (use --allow-private to fetch it anyway)`,
          );
        }
      }
    }
    this.#checked.set(hostname, { addresses, until: Date.now() + this.#ttlMs });
    return addresses;
  }

  async #resolveHost(url: URL, hostname: string): Promise<LookupAddress[]> {
    const family = isIP(hostname);
    if (family !== 0) return [{ address: hostname, family }];
    try {
      const addresses = await this.#resolve(hostname);
      if (addresses.length > 0) return addresses;
    } catch {
      // reported below
    }
    throw new FetchError("network", url.href, `cannot resolve host ${hostname}`);
  }

  /** A `net.connect` lookup that only ever answers with addresses `check` approved. */
  readonly lookup = (
    hostname: string,
    options: { all?: boolean | undefined },
    callback: LookupCallback,
  ): void => {
    const host = bareHostname(hostname);
    this.check(new URL(`http://${isIP(host) === 6 ? `[${host}]` : host}/`)).then(
      (addresses) => {
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), []),
    );
  };
}

function bareHostname(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}
