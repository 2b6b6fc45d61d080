/**
 * The JavaScript snippets run by a real Node (fetch is built into Node ≥ 18; ky is a dependency
 * of this project) against a local echo server.
 *
 * Node takes ~150 ms to start, so each property run executes a batch of snippets in one module,
 * each inside its own block (they all declare `body` and `response`); the ky import, which must
 * be at the top of a module, is written once.
 */
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsFetchSnippet } from "./js-fetch";
import { nodeKySnippet } from "./node-ky";
import { tokenEnvVar, type SnippetOptions } from "./snippet-target";
import { bodyText, bodyWithTrickyStart } from "./testing/body-arbitrary";
import { startEchoServer, type EchoServer } from "./testing/echo-server";
import { expectUtf8Bytes } from "./testing/expect-bytes";
import { manyItemsBody, requestTo } from "./testing/requests";
import { findProgram, runSourceFile } from "./testing/run-program";

const node = findProgram("node");
/** A directory inside the project, so that `import ky from "ky"` resolves from node_modules. */
const projectDir = fileURLToPath(new URL("./testing/", import.meta.url));
const kyImport = 'import ky from "ky";\n';

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

const templateLiteralEdgeCases = ["", "`", "${x}", "\\${", "$${", "\r\n", "\u2028\u2029\ufeff", "\\u0041", "\u0000"];

const targets = [
  { name: "fetch", generate: jsFetchSnippet, batches: 3 },
  { name: "ky", generate: nodeKySnippet, batches: 2 },
] as const;

describe.skipIf(node === undefined)(`JavaScript snippets run by node${node ? "" : " (skipped: node is not installed)"}`, () => {
  for (const { name, generate, batches } of targets) {
    async function run(bodies: readonly string[], options: SnippetOptions, env: NodeJS.ProcessEnv = {}) {
      server.received.length = 0;
      const snippets = bodies.map((body) => generate(requestTo(server.origin, body), options));
      const usesKy = snippets.some((s) => s.startsWith(kyImport));
      const source = (usesKy ? kyImport : "") + snippets.map((s) => `{\n${s.replace(kyImport, "")}\n}`).join("\n");
      const result = await runSourceFile(node ?? "", "snippet.mjs", source, { env, tempParent: projectDir });
      expect(result.stderr).toBe("");
      expect(result.stdout.split("\n").filter((line) => line.startsWith("200 echo-trace "))).toHaveLength(bodies.length);
      expect(server.received).toHaveLength(bodies.length);
      return server.received;
    }

    async function expectDelivered(bodies: readonly string[]) {
      const received = await run(bodies, { tokenMode: "literal" });
      bodies.forEach((body, i) => expectUtf8Bytes(received[i]!.body, body));
    }

    it(`${name}: delivers any body byte for byte (${batches} processes of 24 bodies, then the edge cases)`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(bodyText(), bodyWithTrickyStart()), { minLength: 24, maxLength: 24 }), expectDelivered),
        { numRuns: batches + 1, examples: [[templateLiteralEdgeCases]] },
      );
    });

    it(`${name}: reads the token from process.env in env mode`, async () => {
      const [received] = await run(["{}"], { tokenMode: "env" }, { [tokenEnvVar]: "tok`${en}" });
      expect(received?.headers.authorization).toBe("Bearer tok`${en}");
    });
  }

  it("fetch: sends a 1,000-item body exactly", async () => {
    const body = manyItemsBody(1000);
    server.received.length = 0;
    await runSourceFile(node ?? "", "snippet.mjs", jsFetchSnippet(requestTo(server.origin, body), { tokenMode: "literal" }));
    expectUtf8Bytes(server.received[0]?.body ?? Buffer.alloc(0), body);
  });
});
