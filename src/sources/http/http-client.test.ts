import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalServer, sendText, startLocalServer } from "../../../test/feeds-server.js";
import { createHttpClient, DEFAULT_USER_AGENT } from "./http-client.js";

let server: LocalServer;
const latin1Page = Buffer.from(
  '<html><head><meta charset="iso-8859-1"></head><body>Caf\u00e9 cr\u00e8me</body></html>',
  "latin1",
);

beforeAll(async () => {
  server = await startLocalServer({
    "/plain": sendText("hello"),
    "/gzip": sendText(gzipSync("zipped words"), { "content-encoding": "gzip" }),
    "/brotli": sendText(brotliCompressSync("brotli words"), { "content-encoding": "br" }),
    "/latin1": sendText(latin1Page, { "content-type": "text/html" }),
    "/huge": (_q, r) => {
      r.writeHead(200, { "content-type": "text/plain" });
      r.end("x".repeat(200_000));
    },
    "/bomb": sendText(gzipSync(Buffer.alloc(5_000_000)), { "content-encoding": "gzip" }),
    "/slow": (_q, r) => {
      setTimeout(() => r.writeHead(200).end("late"), 3_000).unref();
    },
    "/loop-a": (_q, r) => r.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_q, r) => r.writeHead(302, { location: "/loop-a" }).end(),
    "/hop": (q, r) => {
      const n = Number(new URL(q.url!, "http://x").searchParams.get("n"));
      r.writeHead(301, { location: n > 0 ? `/hop?n=${n - 1}` : "/plain" }).end();
    },
    "/bounce": (q, r) => {
      const to = new URL(q.url!, "http://x").searchParams.get("to");
      r.writeHead(302, { location: `http://${to}:${q.socket.localPort}/plain` }).end();
    },
    "/to-file": (_q, r) => r.writeHead(302, { location: "file:///etc/passwd" }).end(),
    "/photo": sendText(Buffer.alloc(50_000, 1), { "content-type": "image/jpeg" }),
    "/missing-page": (_q, r) => r.writeHead(500).end("broken"),
    "/etag": (q, r) => {
      if (q.headers["if-none-match"] === '"v1"') r.writeHead(304).end();
      else r.writeHead(200, { etag: '"v1"', "last-modified": "Tue, 02 Jan 2024 10:00:00 GMT" }).end("fresh");
    },
  });
});
afterAll(() => server.close());

const client = () => createHttpClient({ allowPrivate: true, timeoutMs: 1_000, maxBytes: 100_000 });

describe("createHttpClient against a local server", () => {
  const bodies: Array<[path: string, expected: string]> = [
    ["/plain", "hello"],
    ["/gzip", "zipped words"],
    ["/brotli", "brotli words"],
    ["/latin1", "Caf\u00e9 cr\u00e8me"],
    ["/hop?n=3", "hello"],
  ];
  it.each(bodies)("GET %s -> %s", async (path, expected) => {
    const http = client();
    const response = await http.get(`${server.url}${path}`);
    expect(response.text).toContain(expected);
    await http.close();
  });

  const failures: Array<[path: string, kind: string]> = [
    ["/huge", "too-large"],
    ["/bomb", "too-large"],
    ["/slow", "timeout"],
    ["/loop-a", "redirect-loop"],
    ["/hop?n=9", "too-many-redirects"],
    ["/to-file", "refused"],
    ["/missing-page", "http-status"],
    ["/photo", "unsupported-content"],
  ];
  it.each(failures)("GET %s fails with %s", async (path, kind) => {
    const http = client();
    await expect(http.get(`${server.url}${path}`)).rejects.toMatchObject({ kind });
    await http.close();
  });

  it("sends the User-Agent and compression header", async () => {
    const http = client();
    await http.get(`${server.url}/plain`);
    const last = server.requests.at(-1)!;
    expect(last.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(last.headers["accept-encoding"]).toContain("br");
    await http.close();
  });

  it("returns 304 as notModified when the validators match", async () => {
    const http = client();
    const first = await http.get(`${server.url}/etag`);
    expect([first.notModified, first.etag, first.text]).toEqual([false, '"v1"', "fresh"]);
    const second = await http.get(`${server.url}/etag`, {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect([second.notModified, second.text]).toEqual([true, ""]);
    expect(server.requests.at(-1)!.headers["if-modified-since"]).toBe("Tue, 02 Jan 2024 10:00:00 GMT");
    await http.close();
  });
});

describe("address safety", () => {
  const refused: Array<[url: string, fragment: string]> = [
    ["ftp://example.com/feed", "only http and https"],
    ["file:///etc/passwd", "only http and https"],
    ["http://[::1]:9/", "loopback"],
    ["http://169.254.169.254/latest/meta-data/", "metadata"],
    ["http://10.0.0.5/", "private"],
    ["http://intranet.example/", "private"],
  ];
  it.each(refused)("refuses %s", async (url, fragment) => {
    const http = createHttpClient({
      allowPrivate: false,
      resolve: async () => [{ address: "192.168.0.10", family: 4 }],
    });
    await expect(http.get(url)).rejects.toMatchObject({
      kind: "refused",
      message: expect.stringContaining(fragment),
    });
    await http.close();
  });

  it("sends no request to a loopback server without allowPrivate", async () => {
    const before = server.requests.length;
    const http = createHttpClient({ allowPrivate: false });
    await expect(http.get(`${server.url}/plain`)).rejects.toMatchObject({ kind: "refused" });
    expect(server.requests.length).toBe(before);
    await http.close();
  });

  it("checks every redirect hop: a redirect into a refused address sends nothing there", async () => {
    const port = new URL(server.url).port;
    const http = createHttpClient({
      allowPrivate: false,
      resolve: async (host) => [
        { address: host === "outlet.example" ? "127.0.0.1" : "127.0.0.2", family: 4 },
      ],
      blockedReason: (address) => (address === "127.0.0.2" ? "private address" : null),
    });
    const before = server.requests.length;
    await expect(http.get(`http://outlet.example:${port}/bounce?to=inside.example`)).rejects.toMatchObject({
      kind: "refused",
      message: expect.stringContaining("inside.example resolves to 127.0.0.2"),
    });
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(["/bounce?to=inside.example"]);
    await http.close();
  });

  it("pins the connection to the checked address even if DNS later answers differently", async () => {
    const port = new URL(server.url).port;
    let calls = 0;
    const http = createHttpClient({
      allowPrivate: false,
      resolve: async () => [{ address: calls++ === 0 ? "127.0.0.1" : "127.0.0.2", family: 4 }],
      blockedReason: (address) => (address === "127.0.0.2" ? "private address" : null),
    });
    const response = await http.get(`http://rebind.example:${port}/plain`);
    expect([response.text, calls]).toEqual(["hello", 1]);
    await http.close();
  });
});
