import { describe, expect, it } from "vitest";
import type { FromValidationWorker, ToValidationWorker } from "../core/validation/validation-protocol";
import type { Problem } from "../core/validation/problem";
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
    const client = createValidationClient({ onResult: (r) => results.push(r), currentText: () => text, createWorker: () => ({ worker: fake.worker }) });
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

describe("createValidationClient with the shell's early check", () => {
  const answer = (version: number, problems: number): Extract<FromValidationWorker, { kind: "result" }> => ({
    kind: "result",
    version,
    update: { kind: "full", problems: Array.from({ length: problems }, (_, i): Problem => ({ code: "x", message: `p${i}`, severity: "error", path: [], pathText: "", offset: i, length: 1 })) },
    parsed: true,
    items: null,
    elapsedMs: 1,
  });

  it("adopts the shell's check of the same text: nothing is sent again and its answer counts as version 0", async () => {
    const fake = fakeWorker();
    const results: ValidationOutcome[] = [];
    const client = createValidationClient({
      onResult: (r) => results.push(r),
      currentText: () => "{}",
      createWorker: () => ({ worker: fake.worker, early: { text: "{}", answers: [answer(0, 2)] } }),
    });
    expect(client.setText("{}")).toBe(0);
    expect(fake.posted).toEqual([]);
    await Promise.resolve();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ version: 0, result: { errors: 2 } });
    // Edits follow on from the adopted text.
    expect(client.edit([{ offset: 1, length: 0, text: " " }], 3)).toBe(1);
    expect(fake.posted).toMatchObject([{ kind: "edits", version: 1 }]);
  });

  it("holds answers that arrive before the first text, then shows them once adopted", async () => {
    const fake = fakeWorker();
    const results: ValidationOutcome[] = [];
    const client = createValidationClient({
      onResult: (r) => results.push(r),
      currentText: () => "{}",
      createWorker: () => ({ worker: fake.worker, early: { text: "{}", answers: [] } }),
    });
    fake.answer(answer(0, 1));
    expect(results).toEqual([]);
    client.setText("{}");
    await Promise.resolve();
    expect(results).toMatchObject([{ version: 0, result: { errors: 1 } }]);
  });

  it("sends another text as version 1; version 0's answers keep the chain in step but are never shown", async () => {
    const fake = fakeWorker();
    const results: ValidationOutcome[] = [];
    const client = createValidationClient({
      onResult: (r) => results.push(r),
      currentText: () => "[]",
      createWorker: () => ({ worker: fake.worker, early: { text: "{}", answers: [answer(0, 3)] } }),
    });
    expect(client.setText("[]")).toBe(1);
    expect(fake.posted).toMatchObject([{ kind: "text", version: 1, text: "[]" }]);
    await Promise.resolve();
    expect(results).toEqual([]);
    // The worker answers version 1 with a change to its last answer (version 0's three problems).
    fake.answer({ ...answer(1, 0), update: { kind: "patch", start: 1, deleteCount: 2, insert: [], shift: 0 } });
    expect(results).toHaveLength(1);
    expect(results[0]?.version).toBe(1);
    expect(results[0]?.result.problems).toHaveLength(1);
  });
});
