/**
 * The sandbox over real HTTP, for cross-origin sends from the page, snippets run in a terminal,
 * and tests that must see what a client really put on the wire. It wraps the SAME function the
 * page uses (`handleSandboxRequest`) and adds what only a server has: CORS, a delay, and a log
 * of the requests received.
 *
 *   npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--no-cors] [--hide-trace-id] [--delay-ms N]
 *                      [--rate 4] [--bucket 40] [--force-status 503] [--fail-rate 0.1]
 *
 * `--rate`/`--bucket` set the flow control (documented: 4/s, 40; requests that fit queue);
 * `--force-status` answers every request with that status and `--fail-rate` that share with
 * 503, in SHOPLINE's `errors` shape with a traceId (the page's "Sandbox behaviour" control).
 *
 * Routes besides the endpoint: `GET /__sandbox/requests` (the last 50 requests, oldest first,
 * bodies exactly as received) and `DELETE /__sandbox/requests` (clears them).
 */
import { realpathSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { endpoint } from "../src/endpoint/descriptor";
import { corsHeaders, preflightHeaders, type CorsOptions } from "../src/sandbox/cors-headers";
import { handleSandboxRequest } from "../src/sandbox/handle-sandbox-request";
import { clearRequestLog, createRequestLog, recordRequest } from "../src/sandbox/request-log";
import { answerContentType, errorAnswer } from "../src/sandbox/sandbox-answer";
import type { SandboxBehaviour } from "../src/sandbox/sandbox-behaviour";
import { createSandboxState } from "../src/sandbox/sandbox-state";

export interface SandboxServerOptions {
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  readonly host?: string;
  /** Default true. False: no CORS header at all, even on preflights, so browsers refuse. */
  readonly cors?: boolean;
  /** Default true. False: CORS, but `traceId` is not in Access-Control-Expose-Headers. */
  readonly exposeTraceId?: boolean;
  /** Hold every endpoint answer this long (not preflights or the log), so a send can be cancelled. Default 0. */
  readonly delayMs?: number;
  /** Flow control: requests answered per second (default 4, as documented). */
  readonly rate?: number;
  /** Flow control: bucket size (default 40, as documented). */
  readonly bucket?: number;
  /** Faults: `forceStatus` (`--force-status`), `failRate` (`--fail-rate`). */
  readonly behaviour?: SandboxBehaviour;
  /** "Now" in ms, for the rate limit and token expiry. Default Date.now. */
  readonly clock?: () => number;
  /** Called with one line per answer (the CLI prints them). */
  readonly onAnswer?: (line: string) => void;
}

export interface SandboxServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const defaultSandboxPort = 8787;
export const requestLogPath = "/__sandbox/requests";

/** Hop-by-hop headers belong to the connection, not the request; Request() may refuse them. */
const connectionHeaders = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host"]);

export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const host = options.host ?? "127.0.0.1";
  const cors: CorsOptions = { cors: options.cors ?? true, exposeTraceId: options.exposeTraceId ?? true };
  const clock = options.clock ?? Date.now;
  const state = createSandboxState({
    ...(options.rate === undefined ? {} : { perSecond: options.rate }),
    ...(options.bucket === undefined ? {} : { bucketSize: options.bucket }),
  });
  const log = createRequestLog();
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    void readBody(req)
      .then(async (bytes) => {
        const origin = req.headers.origin ?? null;
        const path = (req.url ?? "/").split("?")[0];
        if (path === requestLogPath) return answerLog(req.method ?? "", origin, res);
        recordRequest(log, {
          method: req.method ?? "",
          url: req.url ?? "",
          headers: pairs(req.rawHeaders),
          body: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes),
          bodyBytes: bytes.length,
          receivedAt: new Date().toISOString(),
        });
        if (req.method === "OPTIONS") return void res.writeHead(204, preflightHeaders(origin, endpoint.method, cors)).end();
        const run = { sleep: wait, ...(options.behaviour === undefined ? {} : { behaviour: options.behaviour }) };
        const answer = await handleSandboxRequest(toRequest(req, bytes, host), state, clock, run).catch(() =>
          errorAnswer(500, "The sandbox could not read this request."),
        );
        if ((options.delayMs ?? 0) > 0) await wait(options.delayMs ?? 0);
        options.onAnswer?.(`${req.method ?? ""} ${req.url ?? ""} → ${answer.status}`);
        if (!res.destroyed) await writeAnswer(answer, corsHeaders(origin, cors), res);
      })
      .catch(() => res.destroy());
  });

  function answerLog(method: string, origin: string | null, res: ServerResponse): void {
    const methods = "GET, DELETE";
    if (method === "OPTIONS") return void res.writeHead(204, preflightHeaders(origin, methods, cors)).end();
    const headers = { ...corsHeaders(origin, cors), "Cache-Control": "no-store" };
    if (method === "DELETE") return void (clearRequestLog(log), res.writeHead(204, headers).end());
    if (method !== "GET") return void res.writeHead(405, { ...headers, Allow: methods }).end();
    res.writeHead(200, { ...headers, "Content-Type": answerContentType }).end(JSON.stringify(log.entries));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? defaultSandboxPort, host, () => (server.off("error", reject), resolve()));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        // Held (delayed) answers and keep-alive sockets would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function pairs(raw: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) result.push([raw[i] ?? "", raw[i + 1] ?? ""]);
  return result;
}

/** IncomingMessage → Request, with the body's bytes untouched. */
function toRequest(req: IncomingMessage, bytes: Buffer, host: string): Request {
  const headers = new Headers();
  for (const [name, value] of pairs(req.rawHeaders)) if (!connectionHeaders.has(name.toLowerCase())) headers.append(name, value);
  const method = req.method ?? "GET";
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? host}`);
  return new Request(url, { method, headers, ...(method === "GET" || method === "HEAD" ? {} : { body: new Uint8Array(bytes) }) });
}

/** Response → ServerResponse. Names are written as the endpoint documents them (`traceId`, not `traceid`). */
async function writeAnswer(answer: Response, extra: Record<string, string>, res: ServerResponse): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  const traceName = endpoint.response.traceIdHeader;
  answer.headers.forEach((value, name) => {
    const display = name === traceName.toLowerCase() ? traceName : name.replace(/(^|-)([a-z])/g, (_, d: string, c: string) => d + c.toUpperCase());
    res.setHeader(display, value);
  });
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.setHeader("Content-Length", body.length);
  res.writeHead(answer.status).end(body);
}

/** Parses the CLI switches; throws with a usage message on anything unknown. */
export function parseSandboxArgs(argv: readonly string[]): SandboxServerOptions {
  let options: SandboxServerOptions = {};
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got ${value ?? "nothing"}.`);
    return n;
  };
  const positive = (flag: string, value: string | undefined, max = Infinity): number => {
    const n = Number(value);
    if (value === undefined || value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > max) {
      throw new Error(`${flag} needs a number above 0${max === Infinity ? "" : ` and at most ${max}`}, got ${value ?? "nothing"}.`);
    }
    return n;
  };
  const status = (flag: string, value: string | undefined): number => {
    const n = number(flag, value);
    if (n < 400 || n > 599) throw new Error(`${flag} needs an error status from 400 to 599, got ${value ?? "nothing"}.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port") options = { ...options, port: number(arg, argv[++i]) };
    else if (arg === "--delay-ms") options = { ...options, delayMs: number(arg, argv[++i]) };
    else if (arg === "--host") options = { ...options, host: argv[++i] ?? "127.0.0.1" };
    else if (arg === "--rate") options = { ...options, rate: positive(arg, argv[++i]) };
    else if (arg === "--bucket") options = { ...options, bucket: Math.max(1, number(arg, argv[++i])) };
    else if (arg === "--force-status") options = { ...options, behaviour: { ...options.behaviour, forceStatus: status(arg, argv[++i]) } };
    else if (arg === "--fail-rate") options = { ...options, behaviour: { ...options.behaviour, failRate: positive(arg, argv[++i], 1) } };
    else if (arg === "--no-cors") options = { ...options, cors: false };
    else if (arg === "--hide-trace-id") options = { ...options, exposeTraceId: false };
    else throw new Error(`Unknown option ${arg ?? ""}. Options: --port N, --host H, --no-cors, --hide-trace-id, --delay-ms N, --rate N, --bucket N, --force-status N, --fail-rate F`);
  }
  return options;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const server = await startSandboxServer({ ...parseSandboxArgs(process.argv.slice(2)), onAnswer: (line) => console.log(line) });
    console.log(`Sandbox listening on ${server.url}`);
    const stop = (): void => void server.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
