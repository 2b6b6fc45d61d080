/** Test helper: byte comparison that stays fast on megabyte bodies (deep equality walks each byte). */
import { expect } from "vitest";

export function expectUtf8Bytes(actual: Buffer, text: string): void {
  const expected = Buffer.from(text, "utf8");
  if (actual.equals(expected)) return;
  // Readable failure: the text as received, then the exact bytes.
  expect(actual.toString("utf8")).toBe(text);
  expect(actual.toString("hex")).toBe(expected.toString("hex"));
}
