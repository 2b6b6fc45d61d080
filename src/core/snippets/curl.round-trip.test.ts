/**
 * The curl snippet run by a real shell and a real curl against a local echo server: whatever the
 * body, the server must receive exactly its UTF-8 bytes. Each property run pastes a batch of
 * snippets into one script (as a user may), which also proves that the here-document form ends
 * cleanly before the next command.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curlSnippet } from "./curl";
import { shellInlineBodyLimitBytes, tokenEnvVar, type SnippetOptions } from "./snippet-target";
import { bodyText, bodyWithTrickyStart } from "./testing/body-arbitrary";
import { startEchoServer, type EchoServer } from "./testing/echo-server";
import { expectUtf8Bytes } from "./testing/expect-bytes";
import { manyItemsBody, requestTo } from "./testing/requests";
import { findProgram, runShellScript } from "./testing/run-program";

const curl = findProgram("curl");
const shells = [
  ["bash", findProgram("bash")],
  ["zsh", findProgram("zsh")],
] as const;

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

/** Runs the snippets for `bodies` as one script (`set -e`: any failing curl fails it). */
async function send(shell: string, bodies: readonly string[], options: SnippetOptions, env?: NodeJS.ProcessEnv) {
  server.received.length = 0;
  const script = ["set -e", ...bodies.map((body) => curlSnippet(requestTo(server.origin, body), options))].join("\n");
  const result = await runShellScript(shell, script, env);
  expect(result.code, result.stderr).toBe(0);
  expect(server.received).toHaveLength(bodies.length);
  return server.received;
}

async function expectDelivered(shell: string, bodies: readonly string[], options: SnippetOptions) {
  const received = await send(shell, bodies, options);
  bodies.forEach((body, i) => expectUtf8Bytes(received[i]!.body, body));
}

const literal: SnippetOptions = { tokenMode: "literal" };
const alwaysHereDocument: SnippetOptions = { tokenMode: "literal", inlineBodyLimitBytes: 0 };
const batch = fc.array(fc.oneof(bodyText(), bodyWithTrickyStart()), { minLength: 10, maxLength: 10 });
const hereDocumentEdgeCases = ["", "\n", "a\n\n", "JSON_BODY", "x\nJSON_BODY\nJSON_BODY_1", "'", "\r"];

for (const [name, shell] of shells) {
  const ready = shell !== undefined && curl !== undefined;
  describe.skipIf(!ready)(`curl snippet run by ${name}${ready ? "" : ` (skipped: ${name} or curl is not installed)`}`, () => {
    const sh = shell ?? "";

    it("delivers any inline body byte for byte (--data-raw; 16 scripts of 10 bodies)", async () => {
      await fc.assert(
        fc.asyncProperty(batch, (bodies) => expectDelivered(sh, bodies, literal)),
        { numRuns: 16 },
      );
    });

    it("delivers any body byte for byte through the here-document (lowered threshold; 10 scripts of 10 bodies)", async () => {
      await fc.assert(
        fc.asyncProperty(batch, (bodies) => expectDelivered(sh, bodies, alwaysHereDocument)),
        { numRuns: 11, examples: [[hereDocumentEdgeCases]] },
      );
    });

    it("sends an empty body as an empty POST", async () => {
      const [received] = await send(sh, [""], literal);
      expect(received?.method).toBe("POST");
      expect(received?.headers["content-length"]).toBe("0");
      expect(received?.body.length).toBe(0);
    });

    it("reads the token from SHOPLINE_ACCESS_TOKEN in env mode", async () => {
      const token = "eyJ.$HOME`id`'\"!x";
      const [received] = await send(sh, ["{}"], { tokenMode: "env" }, { [tokenEnvVar]: token });
      expect(received?.headers.authorization).toBe(`Bearer ${token}`);
    });

    it("sends a 1,000-item body (over 128 KiB) through the default threshold's here-document", async () => {
      const body = manyItemsBody(1000);
      expect(Buffer.byteLength(body)).toBeGreaterThan(Math.max(128 * 1024, shellInlineBodyLimitBytes));
      await expectDelivered(sh, [body], literal);
    });

    it.each([
      ["CRLF line breaks", '{\r\n  "a": 1\r\n}\r\n'],
      ["lone CR line breaks", '{\r  "a": 1\r}\r'],
      ["mixed breaks", '{\r\n  "a": 1\n\r}\r\n\n'],
      ["a NUL in the middle (107 of 108 bytes arrived)", `{"marketing_activity_datas":[{"marketing_event_id":"MA_1\u0000","order_num":100,"occurred_on":1672246800000}]}`],
      ["NULs at both ends, one before digits and quotes", "\u0000{\"a\":\"\u0000012'\u0000\u0000\\0%s\"}\r\n\u0000"],
      ["only a NUL", "\u0000"],
    ])("delivers a body with %s byte for byte, inline and through stdin", async (_case, body) => {
      await expectDelivered(sh, [body], literal);
      await expectDelivered(sh, [body], alwaysHereDocument);
    });

    it("delivers a NUL-holding body of 200 KB (past one argument's limit) byte for byte", async () => {
      const body = manyItemsBody(150).replaceAll('"order_num"', '"order\u0000num"');
      expect(Buffer.byteLength(body)).toBeGreaterThan(128 * 1024);
      await expectDelivered(sh, [body], literal);
    });

    it("sends a 200 KB body that is one single line (no newline at all)", async () => {
      const body = manyItemsBody(150).replace(/\n\s*/g, "");
      expect(Buffer.byteLength(body)).toBeGreaterThan(128 * 1024);
      await expectDelivered(sh, [body], literal);
    });
  });
}
