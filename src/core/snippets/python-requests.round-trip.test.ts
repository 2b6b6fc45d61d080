/**
 * The Python snippet run by a real python3 against a local echo server. `requests` is not
 * installed here (and PyPI is unreachable), so a stand-in module with the same `post` signature,
 * built on urllib, is put on PYTHONPATH: the round trip still proves the string quoting.
 *
 * Starting python3 with urllib costs ~170 ms, so each property run executes a batch of snippets
 * one after another in one process (a snippet is a complete script; concatenated, they run in order).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pythonRequestsSnippet } from "./python-requests";
import { tokenEnvVar, type SnippetOptions } from "./snippet-target";
import { bodyText, bodyWithTrickyStart } from "./testing/body-arbitrary";
import { startEchoServer, type EchoServer } from "./testing/echo-server";
import { expectUtf8Bytes } from "./testing/expect-bytes";
import { manyItemsBody, requestTo } from "./testing/requests";
import { findProgram, runSourceFile } from "./testing/run-program";

/** The real interpreter behind a version-manager shim such as pyenv's (which adds ~100 ms a start). */
function realPython(): string | undefined {
  const shim = findProgram("python3");
  if (shim === undefined) return undefined;
  const found = spawnSync(shim, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" });
  return found.stdout.trim() || shim;
}

const python = realPython();
const stubPath = fileURLToPath(new URL("./testing/python-stub", import.meta.url));

let server: EchoServer;
beforeAll(async () => {
  server = await startEchoServer();
});
afterAll(() => server.close());

/** Runs the snippets for `bodies` in one python3 process; returns what the server received. */
async function run(bodies: readonly string[], options: SnippetOptions, env: NodeJS.ProcessEnv = {}) {
  server.received.length = 0;
  const source = bodies.map((body) => pythonRequestsSnippet(requestTo(server.origin, body), options)).join("\n\n");
  const result = await runSourceFile(python ?? "", "snippet.py", source, { env: { PYTHONPATH: stubPath, PYTHONDONTWRITEBYTECODE: "1", ...env } });
  expect(result.stderr).toBe("");
  expect(result.stdout.split("\n").filter((line) => line.startsWith("200 echo-trace "))).toHaveLength(bodies.length);
  expect(server.received).toHaveLength(bodies.length);
  return server.received;
}

async function expectDelivered(bodies: readonly string[]) {
  const received = await run(bodies, { tokenMode: "literal" });
  bodies.forEach((body, i) => expectUtf8Bytes(received[i]!.body, body));
}

describe.skipIf(python === undefined)(`Python snippet run by python3${python ? "" : " (skipped: python3 is not installed)"}`, () => {
  it("delivers any body byte for byte (5 processes of 24 bodies, then the edge cases)", async () => {
    const edgeCases = ["", "'", "\\", "a'''b", "x\\", "\r\n", "\\x41", '"""', "\u0085\u2028\ufeff", "\u0000"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(bodyText(), bodyWithTrickyStart()), { minLength: 24, maxLength: 24 }), expectDelivered),
      { numRuns: 6, examples: [[edgeCases]] },
    );
  });

  it("sends a lone surrogate as U+FFFD, like browser and Node encoders", async () => {
    expectUtf8Bytes((await run(["a\ud800b"], { tokenMode: "literal" }))[0]!.body, "a\ufffdb");
  });

  it("reads the token from os.environ in env mode", async () => {
    const [received] = await run(["{}"], { tokenMode: "env" }, { [tokenEnvVar]: "tok'\"$en" });
    expect(received?.headers.authorization).toBe("Bearer tok'\"$en");
  });

  it("sends a 1,000-item body exactly", async () => {
    await expectDelivered([manyItemsBody(1000)]);
  });
});
