import { describe, expect, it } from "vitest";
import type { FromValidationWorker, ToValidationWorker } from "../core/validation/validation-protocol";
import { createValidationClient, type ValidationOutcome, type ValidationWorkerLike } from "./validation-client";

/** A stand-in worker: records what the page posts, and lets the test answer or fail. */
function fakeWorker() {
  const posted: ToValidationWorker[] = [];
  const worker: ValidationWorkerLike = {
    postMessage: (message) => void posted.push(message),
    terminate: () => undefined,
    onmessage: null,
    onerror: null,
  };
  const answer = (message: FromValidationWorker) => worker.onmessage?.({ data: message } as MessageEvent<FromValidationWorker>);
  const fail = (message: string) => {
    let prevented = false;
    worker.onerror?.({ message, preventDefault: () => void (prevented = true) } as ErrorEvent);
    return prevented;
  };
  return { worker, posted, answer, fail };
}

describe("createValidationClient", () => {
  it("turns a worker error into a 'check failed' warning for the newest version, so Send (which waits for it) proceeds", () => {
    const fake = fakeWorker();
    const results: ValidationOutcome[] = [];
    let text = "{}";
    const client = createValidationClient({ onResult: (r) => results.push(r), currentText: () => text, createWorker: () => fake.worker });
    client.setText(text);
    const version = client.edit([{ offset: 1, length: 0, text: " " }], 3);
    expect(fake.fail("Uncaught RangeError: Maximum call stack size exceeded")).toBe(true);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ version, result: { errors: 0, warnings: 1 } });
    expect(results[0]?.result.problems[0]).toMatchObject({ code: "check-failed", message: expect.stringContaining("The check failed: Uncaught RangeError: Maximum call stack size exceeded") });

    // The worker's copy may be stale after a failure: the next edit sends the whole text instead.
    text = "{ }\n";
    client.edit([{ offset: 3, length: 0, text: "\n" }], 4);
    expect(fake.posted.at(-1)).toMatchObject({ kind: "text", text: "{ }\n" });
    // And its answer replaces the failure.
    fake.answer({ kind: "result", version: client.version, update: { kind: "full", problems: [] }, parsed: true, items: null, elapsedMs: 1 });
    expect(results.at(-1)).toMatchObject({ version: client.version, result: { problems: [], errors: 0, warnings: 0 } });
  });
});
