import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** One response the server sent, for counting first-load bytes. */
export interface ServedResponse {
  readonly path: string;
  /** Wall-clock ms when the request arrived. */
  readonly receivedAt: number;
  /** Status line, headers and (compressed) body, as written to the socket. */
  readonly bytes: number;
  /** The request's Sec-Fetch-Dest: "empty" for a fetch(), such as a service worker's precaching. */
  readonly dest: string;
}

export interface StaticServer {
  readonly url: string;
  readonly log: ServedResponse[];
  close(): Promise<void>;
}

/** Content types by extension, for every file a build holds (the static-hosting spec serves with these too). */
export const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".json": "application/json",
  ".wasm": "application/wasm",
};
/** Formats that are compressed already: gzip would only add bytes. */
const precompressed = new Set([".png", ".jpg", ".webp", ".woff2", ".woff"]);

interface Entry {
  readonly type: string;
  readonly body: Buffer;
  readonly gzipped: boolean;
}

/**
 * Serves a built directory on 127.0.0.1 the way a static host would: gzip (zlib's default
 * level, as nginx and most CDNs use), compressed once at start so compression time is never
 * measured. Every page under test is served by one of these, so bytes compare like for like.
 */
export async function startStaticServer(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const file of walk(root)) {
    const ext = extname(file);
    // Hidden source maps are for the profiler, not the pages (production would not serve them).
    if (ext === ".map") continue;
    const raw = readFileSync(file);
    const gzip = !precompressed.has(ext);
    files.set("/" + relative(root, file).split("\\").join("/"), {
      type: contentTypes[ext] ?? "application/octet-stream",
      body: gzip ? gzipSync(raw) : raw,
      gzipped: gzip,
    });
  }
  const log: ServedResponse[] = [];
  const server = createServer((req, res) => {
    const receivedAt = Date.now();
    const dest = String(req.headers["sec-fetch-dest"] ?? "");
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const entry = files.get(path === "/" ? "/index.html" : path);
    if (!entry) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      log.push({ path, receivedAt, bytes: 100, dest });
      return;
    }
    const responseHeaders: Record<string, string> = {
      ...headers,
      "Content-Type": entry.type,
      "Content-Length": String(entry.body.length),
      // Vite names these by their content hash: any host can let browsers keep them (a repeat
      // visit of either page then revalidates nothing but its HTML).
      "Cache-Control": path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      ...(entry.gzipped ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
    };
    res.writeHead(200, responseHeaders).end(entry.body);
    const headerBytes = Object.entries(responseHeaders).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 17 + 2);
    log.push({ path, receivedAt, bytes: headerBytes + entry.body.length, dest });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
