import { describe, expect, it } from "vitest";
import { readSandboxServerOrigin } from "./sandbox-server";
import { sandboxServerOrigin } from "./target";

describe("readSandboxServerOrigin", () => {
  it.each([
    ["", sandboxServerOrigin],
    ["http://127.0.0.1:9000", "http://127.0.0.1:9000"],
    [" http://127.0.0.1:9000/anything ", "http://127.0.0.1:9000"],
    ["https://sandbox.example.test", "https://sandbox.example.test"],
  ])("%j → %s", (text, origin) => {
    expect(readSandboxServerOrigin(text)).toEqual({ ok: true, origin });
  });

  it.each(["127.0.0.1:9000", "ftp://h.test", "nope"])("%j is refused with a sentence", (text) => {
    const read = readSandboxServerOrigin(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(/^The sandbox|is not a URL|must start/);
  });
});
