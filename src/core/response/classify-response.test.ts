import { describe, expect, it } from "vitest";
import { classifyResponse, type ResponseInput } from "./classify-response";

const base: ResponseInput = { status: 200, headers: [], bodyText: "", durationMs: 12 };

describe("classifyResponse", () => {
  it("reads a success with its trace id and count", () => {
    expect(
      classifyResponse({ ...base, headers: [["content-type", "application/json"], ["traceid", "abc123"]], bodyText: '{"sucess_count":2}' }),
    ).toEqual({
      ok: true,
      status: 200,
      statusMeaning: "OK",
      successCount: "2",
      traceId: "abc123",
      traceIdVisible: true,
      errors: [],
      prettyBody: '{\n  "sucess_count": 2\n}',
      bodyIsJson: true,
      durationMs: 12,
      sandboxRules: [],
    });
  });

  it.each([
    ["201 is not success", { status: 201 }, { ok: false, statusMeaning: "Created" }],
    ["429 with advice", { status: 429, bodyText: '{"errors":"Too many request"}' }, {
      ok: false,
      statusMeaning: "Rate limited (4 requests/s, bucket of 40)",
      advice: "Wait and send again more slowly.",
      errors: [{ messages: ["Too many request"] }],
    }],
    ["401 with advice", { status: 401 }, { advice: "Reauthorize, or refresh the token if it expired." }],
    ["an undocumented status", { status: 418 }, { ok: false, statusMeaning: "Unknown status" }],
    ["405 is named, and said not to be in SHOPLINE's table", { status: 405 }, { ok: false, statusMeaning: "Method not allowed (not in SHOPLINE's table)" }],
    ["403 in SHOPLINE's words, a missing scope only a likely cause", { status: 403 }, {
      statusMeaning: "Server refuses to response to the request",
      advice: "A likely cause (not documented): the token lacks the write_marketing_event scope.",
    }],
    ["a 422 map", { status: 422, bodyText: '{"errors":{"a":["x"]}}' }, { errors: [{ field: "a", messages: ["x"] }] }],
    ["an HTML error page", { status: 502, bodyText: "<html>Bad gateway</html>" }, {
      statusMeaning: "Unknown status",
      bodyIsJson: false,
      prettyBody: "<html>Bad gateway</html>",
      errors: [],
    }],
    ["an empty body", { status: 500, bodyText: "" }, { bodyIsJson: false, prettyBody: "", errors: [] }],
    ["whitespace only", { status: 200, bodyText: " \n" }, { ok: true, bodyIsJson: false, prettyBody: " \n" }],
    ["a count past 2^53 keeps its digits", { bodyText: '{"sucess_count":18446744073709551615}' }, { successCount: "18446744073709551615" }],
    ["trace id under any casing", { headers: [["TRACEID", "T"]] }, { traceId: "T", traceIdVisible: true }],
  ] as const)("%s", (_, input, expected) => {
    expect(classifyResponse({ ...base, ...input })).toMatchObject(expected);
  });

  it.each([
    ["no headers", []],
    ["other headers only", [["content-type", "application/json"]]],
  ] as const)("with %s the trace id is not visible", (_, headers) => {
    const result = classifyResponse({ ...base, headers, bodyText: '{"sucess_count":1}' });
    expect(result.traceIdVisible).toBe(false);
    expect("traceId" in result).toBe(false);
  });

  it("reads the sandbox's rules with their basis, skipping unknown ids", () => {
    const result = classifyResponse({ ...base, headers: [["x-sandbox-rule", "nothing-to-sync-200, nope, trace-id"]], bodyText: '{"sucess_count":0}' });
    expect(result.sandboxRules.map((r) => [r.id, r.rule.basis.kind])).toEqual([
      ["nothing-to-sync-200", "assumed"],
      ["trace-id", "documented"],
    ]);
  });

  it("leaves out what it could not read", () => {
    const result = classifyResponse({ ...base, status: 404, bodyText: '{"errors":"Not Found"}' });
    expect(Object.keys(result).sort()).toEqual(
      ["ok", "status", "statusMeaning", "traceIdVisible", "errors", "prettyBody", "bodyIsJson", "durationMs", "sandboxRules"].sort(),
    );
  });
});
