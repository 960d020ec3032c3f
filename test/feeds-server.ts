import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface LocalServer {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** Every request received, in order: method, path and headers. */
  requests: Array<{ path: string; headers: IncomingMessage["headers"] }>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 with fixed routes, recording each request it receives (tests only). */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const requests: LocalServer["requests"] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? "/";
    requests.push({ path, headers: request.headers });
    const route = routes[path.split("?")[0] ?? "/"];
    if (route) route(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a fixed body and headers. */
export function sendText(body: string | Buffer, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8", ...headers }).end(body);
  };
}

/** A route with an ETag and Last-Modified that answers 304 when the client's validators match. */
export function sendCacheable(
  body: string,
  contentType: string,
  lastModified = "Mon, 01 Apr 2024 08:00:00 GMT",
): Route {
  const etag = `"${Buffer.from(body).length.toString(16)}-${body.length % 9973}"`;
  return (request, response) => {
    const fresh =
      request.headers["if-none-match"] === etag || request.headers["if-modified-since"] === lastModified;
    if (fresh) response.writeHead(304, { etag }).end();
    else
      response.writeHead(200, { "content-type": contentType, etag, "last-modified": lastModified }).end(body);
  };
}
