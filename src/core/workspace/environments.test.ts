import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { emptyEnvironments, environmentLimits, exportEnvironments, migrateEnvironments, parseEnvironmentsFile, uniqueName, type Environment } from "./environments";

const staging: Environment = {
  id: "e1",
  name: "Staging",
  target: { kind: "store", storeHandle: "open001", baseUrl: "" },
  production: false,
  rememberToken: false,
};
const production: Environment = { ...staging, id: "e2", name: "Production", target: { kind: "custom", storeHandle: "", baseUrl: "https://x.test/v1" }, production: true, rememberToken: true };

describe("migrateEnvironments", () => {
  it("reads back what was stored", () => {
    const stored = { version: 1, environments: [staging, production], selectedId: "e2" };
    expect(migrateEnvironments(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    ["nothing", null],
    ["a string", "environments"],
    ["an array", [staging]],
    ["a newer version", { version: 2, environments: [staging], selectedId: "e1" }],
    ["a negative version", { version: -1, environments: [staging] }],
    ["no version", { environments: [staging] }],
    ["environments not a list", { version: 1, environments: { 0: staging } }],
  ])("gives an empty list for %s", (_, value) => {
    expect(migrateEnvironments(value)).toEqual(emptyEnvironments);
  });

  it.each([
    ["no id", { ...staging, id: undefined }],
    ["an empty name", { ...staging, name: "  " }],
    ["an unknown target kind", { ...staging, target: { ...staging.target, kind: "ftp" } }],
    ["a target without a base URL", { ...staging, target: { kind: "store", storeHandle: "x" } }],
    ["a target that is text", { ...staging, target: "store" }],
    ["a huge base URL", { ...staging, target: { ...staging.target, baseUrl: "x".repeat(5000) } }],
  ])("drops only the entry with %s", (_, bad) => {
    const result = migrateEnvironments({ version: 1, environments: [bad, production], selectedId: "e1" });
    expect(result.environments).toEqual([production]);
    // The selection falls back to an environment that exists.
    expect(result.selectedId).toBe("e2");
  });

  it("never carries a token, prototype keys or objects from stored data", () => {
    const hostile = JSON.parse(
      `{"version":1,"selectedId":"e1","environments":[{"id":"e1","name":"S","token":"secret","production":"yes","target":{"kind":"sandbox","storeHandle":"","baseUrl":"","__proto__":{"polluted":true},"nested":{"a":1},"apiVersion":"v20260301","token":"t2"}}]}`,
    );
    const result = migrateEnvironments(hostile);
    const [environment] = result.environments;
    expect(environment).toEqual({ id: "e1", name: "S", production: false, rememberToken: false, target: { kind: "sandbox", storeHandle: "", baseUrl: "", apiVersion: "v20260301" } });
    expect(JSON.stringify(environment)).not.toContain("t2");
    expect(JSON.stringify(environment)).not.toContain("secret");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("carries a later target setting (e.g. apiVersion) through unchanged", () => {
    const withVersion = { ...staging, target: { ...staging.target, apiVersion: "v20251201" } };
    expect(migrateEnvironments({ version: 1, environments: [withVersion], selectedId: "e1" }).environments[0]?.target).toEqual(withVersion.target);
  });

  it("drops duplicate ids and caps the count", () => {
    const many = Array.from({ length: environmentLimits.maxCount + 5 }, (_, i) => ({ ...staging, id: `e${i % (environmentLimits.maxCount + 1)}` }));
    const result = migrateEnvironments({ version: 1, environments: [staging, staging, ...many], selectedId: null });
    expect(new Set(result.environments.map((e) => e.id)).size).toBe(result.environments.length);
    expect(result.environments.length).toBeLessThanOrEqual(environmentLimits.maxCount);
  });

  it("never throws, whatever is stored", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = migrateEnvironments({ version: 1, environments: [value, staging], selectedId: value });
        expect(result.environments.some((e) => e.id === "e1")).toBe(true);
      }),
    );
  });
});

describe("exportEnvironments / parseEnvironmentsFile", () => {
  it("round-trips names, targets and the production mark, and never writes a token or id", () => {
    const text = exportEnvironments([{ ...staging, target: { ...staging.target, token: "leak" } as never }, production]);
    expect(text).not.toContain("leak");
    expect(text).not.toContain('"id"');
    expect(text).not.toContain("rememberToken");
    expect(parseEnvironmentsFile(text)).toEqual({
      ok: true,
      environments: [
        { name: "Staging", target: staging.target, production: false },
        { name: "Production", target: production.target, production: true },
      ],
    });
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["another file", '{"marketing_activity_datas": []}', /not an environments file/],
    ["a newer version", '{"format":"sync-data-playground/environments","version":2,"environments":[]}', /version 2.*version 1/],
    ["environments not a list", '{"format":"sync-data-playground/environments","version":1,"environments":{}}', /must be a list/],
    ["an entry that is not an object", '{"format":"sync-data-playground/environments","version":1,"environments":[3]}', /Environment 1 is not an object/],
    ["a nameless entry", '{"format":"sync-data-playground/environments","version":1,"environments":[{"target":{"kind":"sandbox","storeHandle":"","baseUrl":""}}]}', /Environment 1 has no name/],
    ["a bad target", '{"format":"sync-data-playground/environments","version":1,"environments":[{"name":"A","target":{"kind":"sandbox","storeHandle":"","baseUrl":""}},{"name":"B","target":{"kind":"moon"}}]}', /Environment 2 \("B"\) has no valid target/],
    ["a bad production mark", '{"format":"sync-data-playground/environments","version":1,"environments":[{"name":"A","production":"yes","target":{"kind":"sandbox","storeHandle":"","baseUrl":""}}]}', /"production" must be true or false/],
  ])("rejects %s with a clear error", (_, text, error) => {
    const result = parseEnvironmentsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it("accepts a file with a byte order mark", () => {
    expect(parseEnvironmentsFile("\uFEFF" + exportEnvironments([staging])).ok).toBe(true);
  });
});

describe("uniqueName", () => {
  it.each([
    ["Staging", [], "Staging"],
    ["Staging", [staging], "Staging (2)"],
    ["Staging", [staging, { ...staging, name: "Staging (2)" }], "Staging (3)"],
  ] as const)("%s among %j → %s", (base, list, expected) => {
    expect(uniqueName(base, list)).toBe(expected);
  });
});
