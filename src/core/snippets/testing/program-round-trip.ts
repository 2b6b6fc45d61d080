/**
 * Test helper: the round trip every program snippet (Go, PHP, Ruby, Java) must pass, run by its
 * real runtime against a local echo server. Starting a runtime is the slow part (Go compiles,
 * Java too), so each run executes a batch of snippets in one program; `runBatch` combines them
 * the way the language allows. Every snippet prints `status=… sucess_count=… traceId=…` first.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoint } from "../../../endpoint/descriptor";
import { bodyFileName, bodyGoesToFile, tokenEnvVar, type SnippetOptions } from "../snippet-target";
import type { PreparedRequest } from "../../request/build-request";
import { bodyText, bodyWithTrickyStart } from "./body-arbitrary";
import { startEchoServer, type EchoServer } from "./echo-server";
import { expectUtf8Bytes } from "./expect-bytes";
import { manyItemsBody, requestTo } from "./requests";
import type { ProgramResult } from "./run-program";
import { itHasTheRuntime, type Runtime } from "./runtime";

export interface BatchRun {
  readonly env?: NodeJS.ProcessEnv;
  /** Files to put beside the program (body.json). */
  readonly files?: Readonly<Record<string, string>>;
}

export interface ProgramRoundTrip {
  readonly name: string;
  readonly runtime: Runtime;
  /** What CI installs for it, e.g. `apt-get install golang-go`. */
  readonly install: string;
  readonly generate: (request: PreparedRequest, options: SnippetOptions) => string;
  readonly runBatch: (snippets: readonly string[], run: BatchRun) => Promise<ProgramResult>;
  /** fast-check runs of `batchSize` random bodies, after the edge-case batch. */
  readonly batches: number;
  readonly batchSize: number;
}

/** The hostile bodies of the issue: each language's literal rules, NUL, separators, long lines. */
export const hostileBodies: readonly string[] = [
  "", "$", "${x}", "$$", "{$x}", "#{x}", "#$x #@x", '"""', "'''", "`", "\\", "\\u0041", "\\x41", "\\0", "x\\", "@\"a\"",
  "\u0000", "a\u0000b", "\u0001\u001f\u007f", "\u2028\u2029", "\ufeff", "\u0085", "😀中文", "\r", "\r\n", "\n", "a\n\n",
  "\t", "JSON_BODY", "JSON_BODY;", "x\nJSON_BODY\nJSON_BODY_1", "  JSON_BODY", "__END__", "\n__END__\n", "\u001a\u0004",
  "<?php ?>", "?>", "%s %d", "9223372036854775807", `{"old_buyer_sum": 1001672246800000}`,
  "x".repeat(60_000), // one very long line (below the body.json threshold)
];

const literal: SnippetOptions = { tokenMode: "literal" };
const envMode: SnippetOptions = { tokenMode: "env" };
const firstLine = /^status=200 sucess_count=1 traceId=echo-trace$/;
const envToken = "tok'\"$en`#{x}\\";

interface Item {
  readonly body: string;
  readonly options: SnippetOptions;
  /** What the server must receive (a lone surrogate arrives as U+FFFD). */
  readonly expected?: string;
}

export function describeProgramRoundTrip(config: ProgramRoundTrip): void {
  const { name, runtime, generate, runBatch } = config;
  describe.skipIf(!runtime.runs)(`${name} snippet run by its runtime${runtime.titleNote}`, () => {
    let server: EchoServer;
    beforeAll(async () => {
      server = await startEchoServer();
    });
    afterAll(() => server.close());

    /** Runs one program made of the items' snippets; checks every request the server received. */
    async function expectDelivered(items: readonly Item[], files?: Readonly<Record<string, string>>) {
      server.received.length = 0;
      const snippets = items.map((item) => generate(requestTo(server.origin, item.body), item.options));
      const result = await runBatch(snippets, { env: { [tokenEnvVar]: envToken }, ...(files ? { files } : {}) });
      expect(result.stderr, result.stdout.slice(0, 2000)).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout.split("\n").filter((line) => firstLine.test(line))).toHaveLength(items.length);
      expect(server.received).toHaveLength(items.length);
      server.received.forEach((received, i) => {
        const item = items[i]!;
        expectUtf8Bytes(received.body, item.expected ?? item.body);
        expect(received.method).toBe(endpoint.method);
        expect(received.url).toBe(`/admin/openapi/${endpoint.version}${endpoint.resourcePath}`);
        expect(received.headers.authorization).toBe(item.options.tokenMode === "env" ? `Bearer ${envToken}` : "Bearer test-token");
        expect(received.headers["content-type"]).toBe(endpoint.headers.contentType.value);
        expect(received.headers.accept).toBe(endpoint.headers.accept.value);
        expect(received.headers.expect).toBeUndefined();
      });
    }

    itHasTheRuntime(runtime, config.install);

    it(`delivers the hostile bodies, a lone surrogate as U+FFFD, the ${tokenEnvVar} token in env mode and a large body from ${bodyFileName} exactly (one program)`, async () => {
      // Above the inline limit the snippet reads body.json: 1,000 items with hostile characters.
      const large = `${manyItemsBody(1000)}\r\n\u0000${hostileBodies.slice(0, -1).join("|")}`;
      expect(bodyGoesToFile(large, literal)).toBe(true);
      await expectDelivered(
        [
          ...hostileBodies.map((body) => ({ body, options: literal })),
          { body: "a\ud800b\udfff", expected: "a\ufffdb\ufffd", options: literal },
          { body: "{}", options: envMode },
          { body: large, options: literal },
        ],
        { [bodyFileName]: large },
      );
    });

    it(`delivers any body exactly (${config.batches} programs of ${config.batchSize} bodies)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(bodyText(), bodyWithTrickyStart()), { minLength: config.batchSize, maxLength: config.batchSize }), (bodies) =>
          expectDelivered(bodies.map((body) => ({ body, options: literal }))),
        ),
        { numRuns: config.batches },
      );
    });

  });
}
