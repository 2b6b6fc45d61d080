import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The house rule: every file in core/ and sandbox/ has a `.test.ts` beside it. Test helpers
 * (`testing/` folders) are tests themselves and are exempt.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : productionFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function filesWithoutTest(dir: string): string[] {
  return productionFiles(dir)
    .filter((file) => !existsSync(file.replace(/\.tsx?$/, ".test.ts")))
    .map((file) => relative(src, file));
}

describe("a test beside every file", () => {
  it.each(["core", "sandbox"])("src/%s", (folder) => {
    expect(filesWithoutTest(join(src, folder))).toEqual([]);
  });

  it("sees a file without its test (this check can fail)", () => {
    expect(filesWithoutTest(join(src, "endpoint"))).toContain("endpoint/descriptor.ts");
  });
});
