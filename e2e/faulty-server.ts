import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { versionedBasePath } from "./sandbox-servers";

export interface FaultyServer {
  /** Versioned base URL to type into `Base URL`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * A server that misbehaves on purpose, for one test: it grants every CORS preflight (so the
 * page's request reaches it) and answers the actual request with `answer`, which gets the CORS
 * headers already set. Port 0: the OS picks a free one, so parallel runs never collide.
 */
export async function startFaultyServer(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<FaultyServer> {
  const server = createServer((req, res) => {
    const origin = req.headers.origin ?? "*";
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Access-Control-Expose-Headers", "traceId");
    if (req.method === "OPTIONS") {
      res.writeHead(204, { "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept" }).end();
      return;
    }
    req.resume();
    req.on("end", () => answer(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${versionedBasePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
