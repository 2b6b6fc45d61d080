/**
 * The sandbox over real HTTP, for cross-origin sends from the page, snippets run in a terminal,
 * and tests that must see what a client really put on the wire. It wraps the SAME function the
 * page uses (`handleSandboxRequest`) and adds what only a server has: CORS, a delay, and a log
 * of the requests received.
 *
 *   npm run sandbox -- [--port 8787] [--host 127.0.0.1] [--no-cors] [--hide-trace-id] [--delay-ms N]
 *                      [--max-body-bytes N] [--log-tokens] [--fail-every N] [--log-limit N]
 *                      [--rate 4] [--bucket 40] [--force-status 503] [--fail-rate 0.1]
 *
 * `--rate`/`--bucket` set the flow control (documented: 4/s, 40; requests that fit queue);
 * `--force-status` answers every request with that status and `--fail-rate` that share with
 * 503, in SHOPLINE's `errors` shape with a traceId (the page's "Sandbox behaviour" control).
 *
 * Routes besides the endpoint: `GET /__sandbox/requests` (the last 50 requests, oldest first,
 * bodies exactly as received, at most 32 MiB of them; tokens masked unless --log-tokens) and
 * `DELETE /__sandbox/requests` (clears them). The log answers tools (no `Origin`) and the
 * server's own origin only: any web page the developer visits could otherwise read it.
 */
import { realpathSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { endpoint } from "../src/endpoint/descriptor";
import { corsHeaders, preflightHeaders, type CorsOptions } from "../src/sandbox/cors-headers";
import { handleSandboxRequest } from "../src/sandbox/handle-sandbox-request";
import { mayUseRequestLog } from "../src/sandbox/log-access";
import { clearRequestLog, createRequestLog, maskSecrets, recordRequest } from "../src/sandbox/request-log";
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
  /** Answer every Nth POST with 503 (SHOPLINE's "Service unavailable"), to try retries. Default 0: never. */
  readonly failEvery?: number;
  /** Flow control: requests answered per second (default 4, as documented). */
  readonly rate?: number;
  /** Flow control: bucket size (default 40, as documented). */
  readonly bucket?: number;
  /** Faults: `forceStatus` (`--force-status`), `failRate` (`--fail-rate`). */
  readonly behaviour?: SandboxBehaviour;
  /** "Now" in ms, for the rate limit and token expiry. Default Date.now. */
  readonly clock?: () => number;
  /** Bodies over this many bytes are answered 413 and not kept. Default 20 MiB. */
  readonly maxBodyBytes?: number;
  /** Default false: the log shows `Authorization` (and cookies) masked. True: as received. */
  readonly logTokens?: boolean;
  /** How many requests `GET /__sandbox/requests` keeps (bodies included). Default 50. */
  readonly logLimit?: number;
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
/** Ample for the benchmark's and tests' bodies (10,000 items are 13.7 MB), small enough for any machine. */
export const defaultMaxBodyBytes = 20 * 1024 * 1024;

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
  const log = createRequestLog(options.logLimit);
  let posts = 0;
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve()), ms);
      timers.add(timer);
    });

  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else void writeAnswer(errorAnswer(500, "The sandbox could not read this request."), {}, res);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin ?? null;
    const url = requestUrlOf(req);
    if (url === undefined) {
      req.resume();
      return writeAnswer(errorAnswer(400, "Bad Request: the Host header is not a valid host."), { ...corsHeaders(origin, cors), Connection: "close" }, res);
    }
    if (url.pathname === requestLogPath) return (req.resume(), answerLog(req.method ?? "", origin, req.headers.host, res));
    const body = await readBody(req, maxBodyBytes);
    const headers = pairs(req.rawHeaders);
    recordRequest(log, {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: options.logTokens === true ? headers : maskSecrets(headers),
      body: body.tooLarge ? "" : new TextDecoder("utf-8", { ignoreBOM: true }).decode(body.bytes),
      bodyBytes: body.received,
      ...(body.tooLarge ? { tooLarge: true as const } : {}),
      receivedAt: new Date().toISOString(),
    });
    if (req.method === "OPTIONS") return void res.writeHead(204, preflightHeaders(origin, endpoint.method, cors)).end();
    if (body.tooLarge) {
      const answer = errorAnswer(413, `Request Entity Too Large: this sandbox accepts bodies up to ${maxBodyBytes} bytes (--max-body-bytes).`);
      options.onAnswer?.(`${req.method ?? ""} ${req.url ?? ""} → 413`);
      return writeAnswer(answer, corsHeaders(origin, cors), res);
    }
    const run = { sleep: wait, ...(options.behaviour === undefined ? {} : { behaviour: options.behaviour }) };
    const failEvery = options.failEvery ?? 0;
    const forced = req.method === "POST" && failEvery > 0 && ++posts % failEvery === 0;
    const answer = forced
      ? errorAnswer(503, "Service unavailable (forced by --fail-every)", ["forced"])
      : await handleSandboxRequest(toRequest(req, url, body.bytes), state, clock, run).catch(() => errorAnswer(500, "The sandbox could not read this request."));
    if ((options.delayMs ?? 0) > 0) await wait(options.delayMs ?? 0);
    options.onAnswer?.(`${req.method ?? ""} ${req.url ?? ""} → ${answer.status}`);
    if (!res.destroyed) await writeAnswer(answer, corsHeaders(origin, cors), res);
  }

  /** Tools and the server's own pages only; a foreign page gets 403 and no CORS header to read it with. */
  function answerLog(method: string, origin: string | null, host: string | undefined, res: ServerResponse): void {
    const methods = "GET, DELETE";
    const headers = { "Cache-Control": "no-store" };
    if (!mayUseRequestLog(origin, host)) {
      return void res.writeHead(403, { ...headers, "Content-Type": answerContentType }).end(JSON.stringify({ errors: "Forbidden: the request log answers tools and this server's own pages only." }));
    }
    if (method === "OPTIONS") return void res.writeHead(204, { ...headers, Allow: methods }).end();
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

interface ReadBody {
  readonly bytes: Buffer;
  /** Bytes that arrived (or that Content-Length announced, when it already says too many). */
  readonly received: number;
  readonly tooLarge: boolean;
}

/**
 * Reads the body, keeping at most `maxBytes`: past that, the rest is read and thrown away (so
 * the client, still sending, gets the 413 rather than a reset connection) and nothing is kept.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    const chunks: Buffer[] = [];
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on("end", () => {
      const tooLarge = received > maxBytes || declared > maxBytes;
      resolve({ bytes: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), received: Math.max(received, declared), tooLarge });
    });
    req.on("error", reject);
  });
}

/** The request's URL from its Host header, or undefined when that header is not just a host (and port). */
function requestUrlOf(req: IncomingMessage): URL | undefined {
  const host = req.headers.host;
  if (host === undefined || host === "") return undefined;
  try {
    const origin = new URL(`http://${host}/`);
    const onlyHost = origin.pathname === "/" && origin.search === "" && origin.hash === "" && origin.username === "" && origin.password === "";
    return onlyHost ? new URL(req.url ?? "/", origin) : undefined;
  } catch {
    return undefined;
  }
}

function pairs(raw: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) result.push([raw[i] ?? "", raw[i + 1] ?? ""]);
  return result;
}

/** IncomingMessage → Request, with the body's bytes untouched. */
function toRequest(req: IncomingMessage, url: URL, bytes: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of pairs(req.rawHeaders)) if (!connectionHeaders.has(name.toLowerCase())) headers.append(name, value);
  const method = req.method ?? "GET";
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
    else if (arg === "--fail-every") options = { ...options, failEvery: number(arg, argv[++i]) };
    else if (arg === "--log-limit") options = { ...options, logLimit: number(arg, argv[++i]) };
    else if (arg === "--host") options = { ...options, host: argv[++i] ?? "127.0.0.1" };
    else if (arg === "--rate") options = { ...options, rate: positive(arg, argv[++i]) };
    else if (arg === "--bucket") options = { ...options, bucket: Math.max(1, number(arg, argv[++i])) };
    else if (arg === "--force-status") options = { ...options, behaviour: { ...options.behaviour, forceStatus: status(arg, argv[++i]) } };
    else if (arg === "--fail-rate") options = { ...options, behaviour: { ...options.behaviour, failRate: positive(arg, argv[++i], 1) } };
    else if (arg === "--no-cors") options = { ...options, cors: false };
    else if (arg === "--hide-trace-id") options = { ...options, exposeTraceId: false };
    else if (arg === "--max-body-bytes") options = { ...options, maxBodyBytes: number(arg, argv[++i]) };
    else if (arg === "--log-tokens") options = { ...options, logTokens: true };
    else {
      throw new Error(
        `Unknown option ${arg ?? ""}. Options: --port N, --host H, --no-cors, --hide-trace-id, --delay-ms N, --max-body-bytes N, --log-tokens, --fail-every N, --log-limit N, --rate N, --bucket N, --force-status N, --fail-rate F`,
      );
    }
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
