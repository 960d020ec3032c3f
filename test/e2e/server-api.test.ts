import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, defaultServerConfig, type RunningServer, startServer } from "../../src/server/index.js";
import { fixtureBackend } from "./server-fixture.js";

// The HTTP layer over an in-memory backend: status codes, errors, guard, limits, headers, OpenAPI.
const token = "test-token-123";
let server: RunningServer;
const posted: string[][] = [];

beforeAll(async () => {
  const backend = fixtureBackend();
  const ingest = backend.ingest;
  backend.ingest = async (inputs) => {
    posted.push(inputs.map((i) => i.id));
    return ingest(inputs);
  };
  server = await startServer({ ...defaultServerConfig, writeToken: token, maxBodyBytes: 4096 }, backend, {
    host: "127.0.0.1",
    port: 0,
  });
});
afterAll(() => server.close());

const call = async (path: string, init?: RequestInit) => {
  const response = await fetch(server.url + path, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
};
const post = (body: string, auth: string | null) =>
  call("/api/articles", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
  });

describe("GET routes", () => {
  const rows: [string, number, string | null][] = [
    ["/api/stories", 200, null],
    ["/api/stories?limit=1&offset=0", 200, null],
    ["/api/stories?limit=0", 400, "invalid_request"],
    ["/api/stories?limit=abc", 400, "invalid_request"],
    ["/api/stories?offset=-1", 400, "invalid_request"],
    ["/api/stories/s-ferry", 200, null],
    ["/api/stories/s-missing", 404, "not_found"],
    ["/api/stories/s-ferry/brief", 200, null],
    ["/api/stories/s-missing/brief", 404, "not_found"],
    ["/api/articles/a-1", 200, null],
    ["/api/articles/zz", 404, "not_found"],
    ["/api/search?q=ferry", 200, null],
    ["/api/search?q=", 400, "invalid_request"],
    ["/api/search", 400, "invalid_request"],
    ["/api/nothing-here", 404, "not_found"],
  ];
  it.each(rows)("%s -> %i %s", async (path, status, code) => {
    const res = await call(path);
    expect(res.status).toBe(status);
    if (code) expect(res.body.error).toMatchObject({ code, message: expect.any(String) });
    else expect(res.body.error).toBeUndefined();
  });

  it("lists stories with size, dates, toll and pagination", async () => {
    const res = await call("/api/stories?limit=1");
    expect(res.body).toMatchObject({ total: 1, offset: 0, limit: 1, nextOffset: null });
    expect(res.body.stories[0]).toMatchObject({ id: "s-ferry", size: 2, firstDate: "2024-05-06" });
    expect(res.body.stories[0].casualties).toEqual({ killed: 52, injured: 30 });
    expect((await call("/api/stories?offset=1")).body.stories).toEqual([]);
  });
});

describe("POST /api/articles with a token configured", () => {
  const article = JSON.stringify({ id: "n-1", title: "T", content: "Some words.", source: "Desk", tag: 7 });
  const rows: [string, string, string | null, number, string | null][] = [
    ["no token", article, null, 401, "unauthorized"],
    ["wrong token", article, "Bearer nope", 401, "unauthorized"],
    ["not bearer", article, `Basic ${token}`, 401, "unauthorized"],
    ["malformed JSON", "{", `Bearer ${token}`, 400, "invalid_request"],
    ["id of a wrong type", '{"id":true,"text":"x"}', `Bearer ${token}`, 400, "invalid_request"],
    ["text of a wrong type", '{"id":"x","text":5}', `Bearer ${token}`, 400, "invalid_request"],
    ["not an object", '"text"', `Bearer ${token}`, 400, "invalid_request"],
    ["empty array", "[]", `Bearer ${token}`, 400, "invalid_request"],
    [
      "too large",
      JSON.stringify({ id: "big", text: "x".repeat(5000) }),
      `Bearer ${token}`,
      413,
      "payload_too_large",
    ],
    ["one article", article, `Bearer ${token}`, 201, null],
    ["an array", `[${article},${article.replace("n-1", "n-2")}]`, `Bearer ${token}`, 201, null],
  ];
  it.each(rows)("%s -> %i", async (_name, body, auth, status, code) => {
    const res = await post(body, auth);
    expect(res.status).toBe(status);
    if (code) expect(res.body.error.code).toBe(code);
  });

  it("hands the pipeline the accepted records, never the refused ones", () => {
    expect(posted).toEqual([["n-1"], ["n-1", "n-2"]]);
  });

  it("reports a record without text as a problem and stores the others of the batch", async () => {
    const res = await post(`[{"id":"no-text"},${article.replace("n-1", "n-3")}]`, `Bearer ${token}`);
    expect(res.status).toBe(201);
    expect(res.body.problems).toEqual([
      { item: "POST /api/articles[0] (id no-text)", reason: expect.stringMatching(/empty/) },
    ]);
    expect(posted.at(-1)).toEqual(["n-3"]);
  });

  it("asks for a bearer token on 401", async () => {
    const res = await fetch(`${server.url}/api/articles`, { method: "POST", body: article });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});

describe("writes without a token configured", () => {
  it("refuses a client that is not on loopback", async () => {
    const app = createApp(defaultServerConfig, fixtureBackend());
    const res = await app.request("/api/articles", {
      method: "POST",
      body: '{"id":"x","text":"y"}',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(403);
  });

  it("accepts a loopback client", async () => {
    const open = await startServer(defaultServerConfig, fixtureBackend(), { host: "127.0.0.1", port: 0 });
    const res = await fetch(`${open.url}/api/articles`, {
      method: "POST",
      body: '{"id":"x","text":"y"}',
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(201);
    await open.close();
  });
});

describe("headers and the OpenAPI document", () => {
  it("sends a strict Content-Security-Policy", async () => {
    const res = await call("/api/stories");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("describes every API route", async () => {
    const doc = (await call("/openapi.json")).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/articles",
      "/api/articles/{id}",
      "/api/search",
      "/api/stories",
      "/api/stories/{id}",
      "/api/stories/{id}/brief",
    ]);
    expect(doc.paths["/api/articles"].post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas.Brief.properties.findings).toBeDefined();
  });
});
