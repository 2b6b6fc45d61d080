import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { bodySchema } from "../../endpoint/schema";
import { defaultBasePath, sandboxServerOrigin } from "../request/target";
import { deriveDictionaryText } from "./derive-dictionary";
import { dictionaryV1Text } from "./dictionary-v1";

describe("dictionaryV1Text", () => {
  it("is frozen: its fingerprint never changes", () => {
    // If this fails, the v1 dictionary was edited and every v1 link in the wild now decodes to
    // garbage or fails. Restore the file; put a new dictionary in a new format version.
    expect(dictionaryV1Text.length).toBe(4705);
    expect(createHash("sha256").update(dictionaryV1Text, "utf8").digest("hex")).toBe(
      "9d1eef6da78021de2df6da177618567f78d577a284f62b49a85fcab5d12f1aee",
    );
  });

  it("was derived from the schema, the documented example and the sandbox base URL", () => {
    // How v1 was made. When the schema or example changes this may stop matching: that is the
    // cue that a v2 dictionary could do better, NOT to regenerate v1. Then pin the inputs of
    // the day (or delete this test) and keep the fingerprint test above.
    const derived = deriveDictionaryText({
      schema: bodySchema,
      exampleText: documentedExampleText,
      baseUrls: [sandboxServerOrigin + defaultBasePath()],
    });
    expect(derived).toBe(dictionaryV1Text);
  });

  it("fits deflate's 32 KiB window, so every byte of it is reachable", () => {
    expect(new TextEncoder().encode(dictionaryV1Text).length).toBeLessThanOrEqual(32 * 1024);
  });
});
