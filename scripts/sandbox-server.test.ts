import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { documentedExampleText } from "../src/endpoint/example";
import { makeManyItemsBody } from "../src/testing/many-items";
import { sandboxEndpointPath } from "../src/sandbox/handle-sandbox-request";
import type { LoggedRequest } from "../src/sandbox/request-log";
import { parseSandboxArgs, startSandboxServer, type SandboxServer, type SandboxServerOptions } from "./sandbox-server";

const pageOrigin = "http://localhost:5173";
const validBody = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');
const sendHeaders = { Authorization: "Bearer sandbox-demo-token", "Content-Type": "application/json; charset=utf-8", accept: "application/json" };

const servers: SandboxServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const server = await startSandboxServer({ port: 0, ...options });
  servers.push(server);
  return server;
}

function preflight(server: SandboxServer, path = sandboxEndpointPath): Promise<Response> {
  return fetch(server.url + path, {
    method: "OPTIONS",
    headers: { Origin: pageOrigin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
  });
}

function post(server: SandboxServer, body = validBody, init: RequestInit = {}): Promise<Response> {
  return fetch(server.url + sandboxEndpointPath, { method: "POST", headers: { ...sendHeaders, Origin: pageOrigin }, body, ...init });
}

const accessControl = (response: Response): Record<string, string> =>
  Object.fromEntries([...response.headers].filter(([name]) => name.startsWith("access-control-") || name === "vary"));

describe("sandbox server CORS", () => {
  it("answers a preflight with 204 and the CORS headers", async () => {
    const response = await preflight(await start());
    expect(response.status).toBe(204);
    expect(accessControl(response)).toEqual({
      "access-control-allow-origin": pageOrigin,
      "access-control-allow-methods": "POST",
      "access-control-allow-headers": "Authorization, Content-Type, Accept",
      "access-control-max-age": "600",
      vary: "Origin",
    });
  });

  it("echoes the origin on the answer and exposes traceId", async () => {
    const response = await post(await start());
    expect([response.status, await response.text()]).toEqual([200, '{"sucess_count":1}']);
    expect(accessControl(response)).toEqual({
      "access-control-allow-origin": pageOrigin,
      "access-control-expose-headers": "traceId, X-Sandbox-Rule",
      vary: "Origin",
    });
    expect(response.headers.get("traceid")).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("--no-cors: the preflight is answered without any CORS header, so a browser refuses", async () => {
    const server = await start({ cors: false });
    const answer = await preflight(server);
    expect(answer.status).toBe(204);
    expect(accessControl(answer)).toEqual({});
    const response = await post(server);
    expect(response.status).toBe(200);
    expect(accessControl(response)).toEqual({});
    expect(response.headers.get("traceid")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("--hide-trace-id: CORS works but traceId is not exposed", async () => {
    const response = await post(await start({ exposeTraceId: false }));
    expect(accessControl(response)).toEqual({ "access-control-allow-origin": pageOrigin, "access-control-expose-headers": "X-Sandbox-Rule", vary: "Origin" });
    expect(response.headers.get("traceid")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("writes traceId with the documented casing on the wire", async () => {
    const server = await start();
    const rawNames = await new Promise<string[]>((resolve, reject) => {
      const req = httpRequest(server.url + sandboxEndpointPath, { method: "POST", headers: sendHeaders }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.rawHeaders.filter((_, i) => i % 2 === 0)));
      });
      req.on("error", reject);
      req.end(validBody);
    });
    expect(rawNames).toEqual(expect.arrayContaining(["traceId", "Content-Type"]));
  });

  it("answers errors through the same function, with CORS so the page can read them", async () => {
    const server = await start();
    const wrongPath = await fetch(`${server.url}/nope`, { method: "POST", headers: { Origin: pageOrigin } });
    expect([wrongPath.status, await wrongPath.text()]).toEqual([404, '{"errors":"Not Found"}']);
    expect(wrongPath.headers.get("access-control-allow-origin")).toBe(pageOrigin);
    const noToken = await post(server, validBody, { headers: { "Content-Type": "application/json" } });
    expect(noToken.status).toBe(401);
    const get = await fetch(server.url + sandboxEndpointPath);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });
});

describe("sandbox server request log", () => {
  const logUrl = (server: SandboxServer): string => `${server.url}/__sandbox/requests`;
  const readLog = async (server: SandboxServer): Promise<LoggedRequest[]> => (await fetch(logUrl(server))).json() as Promise<LoggedRequest[]>;

  it("keeps each body exactly, 64-bit literals and Unicode included", async () => {
    const server = await start({ logTokens: true });
    const body = validBody.replace("1001672246800000", "9007199254740993").replace('"ua"', '"Zürich 東京 🎉 \\u00e9"');
    const sent = `\uFEFF${body}\r\n`;
    await post(server, sent);
    const [entry] = await readLog(server);
    expect(entry?.body).toBe(sent);
    expect(entry?.bodyBytes).toBe(Buffer.byteLength(sent, "utf8"));
    expect(entry?.method).toBe("POST");
    expect(entry?.url).toBe(sandboxEndpointPath);
    expect(entry?.headers).toEqual(expect.arrayContaining([["Authorization", "Bearer sandbox-demo-token"], ["Content-Type", "application/json; charset=utf-8"]]));
  });

  it("lists preflights too, oldest first; DELETE clears; the log itself is not logged", async () => {
    const server = await start();
    await preflight(server);
    await post(server);
    expect((await readLog(server)).map((e) => e.method)).toEqual(["OPTIONS", "POST"]);
    const cleared = await fetch(logUrl(server), { method: "DELETE" });
    expect(cleared.status).toBe(204);
    expect(await readLog(server)).toEqual([]);
  });

  it("masks tokens unless started with --log-tokens", async () => {
    const server = await start();
    await post(server);
    const [entry] = await readLog(server);
    expect(entry?.headers).toEqual(expect.arrayContaining([["Authorization", "Bearer [masked: 18 characters]"]]));
    expect(JSON.stringify(entry)).not.toContain("sandbox-demo-token");
  });

  it("answers tools and its own pages only: another origin gets 403 without CORS, and cannot clear it", async () => {
    const server = await start({ logTokens: true });
    await post(server);
    for (const method of ["GET", "DELETE", "OPTIONS"]) {
      const headers = { Origin: pageOrigin, ...(method === "OPTIONS" ? { "Access-Control-Request-Method": "DELETE" } : {}) };
      const response = await fetch(logUrl(server), { method, headers });
      expect([method, response.status, accessControl(response)]).toEqual([method, 403, {}]);
      expect(await response.text()).not.toContain("sandbox-demo-token");
    }
    expect(await readLog(server)).toHaveLength(1);
    const own = await fetch(logUrl(server), { method: "DELETE", headers: { Origin: server.url } });
    expect(own.status).toBe(204);
    expect(await readLog(server)).toEqual([]);
    const wrong = await fetch(logUrl(server), { method: "POST" });
    expect(wrong.status).toBe(405);
  });

  it("keeps the last 50", async () => {
    const server = await start();
    for (let i = 0; i < 55; i++) await fetch(`${server.url}/n${i}`, { method: "POST" });
    const log = await readLog(server);
    expect(log.map((e) => e.url)).toEqual(Array.from({ length: 50 }, (_, i) => `/n${i + 5}`));
  });
});

describe("sandbox server delay and size", () => {
  it("--delay-ms holds answers long enough to cancel, and closes while one is held", async () => {
    const server = await start({ delayMs: 5000 });
    const controller = new AbortController();
    const pending = post(server, validBody, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow(/abort/i);
    const started = performance.now();
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("holds the answer for the delay", async () => {
    const server = await start({ delayMs: 300 });
    const started = performance.now();
    expect((await post(server)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    const quick = performance.now();
    expect((await preflight(server)).status).toBe(204);
    expect(performance.now() - quick).toBeLessThan(290);
  });

  it("answers 1,000 items over HTTP with their count", async () => {
    const server = await start();
    const body = makeManyItemsBody(1000).replaceAll('"FackbookOrderConversionRate"', '"FackbookConvRate"');
    await post(server); // warm-up
    const started = performance.now();
    const response = await post(server, body);
    const text = await response.text();
    console.info(`sandbox server: 1,000 items over HTTP in ${(performance.now() - started).toFixed(1)} ms`);
    expect([response.status, text]).toEqual([200, '{"sucess_count":1000}']);
  });
});

describe("sandbox server limits", () => {
  it("answers a body over --max-body-bytes with 413 in SHOPLINE's errors shape, and keeps none of it", async () => {
    const server = await start({ maxBodyBytes: 1000 });
    const response = await post(server, `{"x":"${"a".repeat(2000)}"}`);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: "Request Entity Too Large: this sandbox accepts bodies up to 1000 bytes (--max-body-bytes)." });
    expect(response.headers.get("access-control-allow-origin")).toBe(pageOrigin);
    const [entry] = (await (await fetch(`${server.url}/__sandbox/requests`)).json()) as LoggedRequest[];
    expect([entry?.body, entry?.bodyBytes, entry?.tooLarge]).toEqual(["", 2008, true]);
    expect((await post(server, "{}")).status).not.toBe(413);
  });

  it("counts a chunked body's bytes as they arrive", async () => {
    const server = await start({ maxBodyBytes: 1000 });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("x".repeat(400)));
        controller.close();
      },
    });
    const response = await fetch(server.url + sandboxEndpointPath, { method: "POST", headers: sendHeaders, body: chunks, duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
  });

  it.each(["exa mple", "a/b", "user@host", "[::1"])("answers a bad Host header (%j) with 400, not a dropped connection", async (host) => {
    const server = await start();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, "127.0.0.1", () => socket.end(`POST ${sandboxEndpointPath} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\n\r\n{}`));
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('{"errors":"Bad Request: the Host header is not a valid host."}');
  });
});

describe("sandbox server behaviour flags", () => {
  it("--force-status 503: SHOPLINE's errors shape and a traceId, exposed to the page", async () => {
    const response = await post(await start({ behaviour: { forceStatus: 503 } }));
    expect([response.status, await response.text()]).toEqual([503, '{"errors":"Service unavailable"}']);
    expect(response.headers.get("traceid")).toMatch(/^[0-9a-f]{32}$/);
    expect(response.headers.get("x-sandbox-rule")).toBe("forced, trace-id, answer-content-type");
  });

  it("--rate 20 --bucket 2: two queue (the second 50 ms later), the third gets 429", async () => {
    const server = await start({ rate: 20, bucket: 2 });
    const started = performance.now();
    const answers = await Promise.all([post(server), post(server), post(server)].map(async (p) => {
      const r = await p;
      return [r.status, performance.now() - started] as const;
    }));
    expect(answers.map(([status]) => status).sort()).toEqual([200, 200, 429]);
    expect(Math.max(...answers.filter(([status]) => status === 200).map(([, ms]) => ms))).toBeGreaterThanOrEqual(45);
  });

  it("serves every documented version and 404 for others", async () => {
    const server = await start();
    const at = (version: string) =>
      fetch(server.url + sandboxEndpointPath.replace("v20260301", version), { method: "POST", headers: sendHeaders, body: validBody }).then((r) => r.status);
    expect(await Promise.all(["v20250601", "v20260601", "v20270301", "v20230901"].map(at))).toEqual([200, 200, 200, 404]);
  });
});

describe("parseSandboxArgs", () => {
  it.each([
    [[], {}],
    [["--port", "9000"], { port: 9000 }],
    [["--no-cors", "--hide-trace-id"], { cors: false, exposeTraceId: false }],
    [["--delay-ms", "250", "--host", "0.0.0.0"], { delayMs: 250, host: "0.0.0.0" }],
    [["--max-body-bytes", "1048576", "--log-tokens"], { maxBodyBytes: 1048576, logTokens: true }],
    [["--fail-every", "5", "--log-limit", "3000"], { failEvery: 5, logLimit: 3000 }],
    [["--rate", "2", "--bucket", "5"], { rate: 2, bucket: 5 }],
    [["--force-status", "503", "--fail-rate", "0.1"], { behaviour: { forceStatus: 503, failRate: 0.1 } }],
  ])("%j → %j", (argv, options) => {
    expect(parseSandboxArgs(argv)).toEqual(options);
  });

  it.each([[["--port"]], [["--port", "x"]], [["--delay-ms", "-1"]], [["--cors"]], [["--max-body-bytes", "1.5"]], [["--rate", "0"]], [["--fail-rate", "1.5"]], [["--force-status", "200"]]])("%j is refused", (argv) => {
    expect(() => parseSandboxArgs(argv)).toThrow();
  });
});

describe("sandbox server CLI", () => {
  it("prints one line when ready and serves", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/sandbox-server.ts", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /^Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (match?.[1] !== undefined) resolve(match[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${String(code)}: ${out}`)));
      });
      const response = await fetch(url + sandboxEndpointPath, { method: "POST", headers: sendHeaders, body: validBody });
      expect(response.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
