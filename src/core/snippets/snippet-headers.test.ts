import { describe, expect, it } from "vitest";
import { mergeRepeatedHeaders, snippetHeaders } from "./snippet-headers";
import { preparedRequest } from "./testing/requests-literal";

const envAuthorization = { name: "Authorization", value: { kind: "env", prefix: "Bearer ", variable: "SHOPLINE_ACCESS_TOKEN" } };

describe("snippetHeaders", () => {
  it("keeps the request's headers and order in literal mode", () => {
    expect(snippetHeaders(preparedRequest("{}"), { tokenMode: "literal" })).toEqual([
      { name: "Authorization", value: { kind: "literal", text: "Bearer tok" } },
      { name: "Content-Type", value: { kind: "literal", text: "application/json; charset=utf-8" } },
      { name: "accept", value: { kind: "literal", text: "application/json" } },
    ]);
  });

  it("replaces the token with the environment variable in env mode", () => {
    expect(snippetHeaders(preparedRequest("{}"), { tokenMode: "env" })[0]).toEqual(envAuthorization);
  });

  it("adds the Authorization header first in env mode when the request has none, and keeps one only", () => {
    const none = preparedRequest("{}", { headers: [["accept", "application/json"]], hasToken: false });
    expect(snippetHeaders(none, { tokenMode: "env" })).toEqual([
      envAuthorization,
      { name: "accept", value: { kind: "literal", text: "application/json" } },
    ]);
    const two = preparedRequest("{}", { headers: [["authorization", "Bearer a"], ["Authorization", "Bearer b"]] });
    expect(snippetHeaders(two, { tokenMode: "env" })).toEqual([{ ...envAuthorization, name: "authorization" }]);
  });
});

describe("mergeRepeatedHeaders", () => {
  it("merges a repeated name (any case) into its first occurrence with ', '", () => {
    const request = preparedRequest("{}", { headers: [["X-A", "1"], ["accept", "b"], ["x-a", "2"]] });
    expect(mergeRepeatedHeaders(snippetHeaders(request, { tokenMode: "literal" }))).toEqual([
      { name: "X-A", value: { kind: "literal", text: "1, 2" } },
      { name: "accept", value: { kind: "literal", text: "b" } },
    ]);
  });
});
