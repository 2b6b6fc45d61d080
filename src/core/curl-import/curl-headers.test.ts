import { describe, expect, it } from "vitest";
import { mapHeaders } from "./curl-headers";

const word = (text: string, expansions: string[] = []) => ({ text, expansions, quoted: true });

describe("mapHeaders", () => {
  it("maps the endpoint's own headers and reads the Bearer token", () => {
    expect(
      mapHeaders([
        word("Authorization: Bearer abc.def"),
        word("content-type:application/json;charset=UTF-8"),
        word("Accept: application/json"),
      ]),
    ).toEqual({ token: "abc.def", unmapped: [] });
  });

  it.each([
    ["authorization: bearer  x ", "x"],
    ["Authorization: Bearer", ""],
  ])("reads the token of %j", (header, token) => {
    expect(mapHeaders([word(header)]).token).toBe(token);
  });

  it("reports other headers, other schemes, other media types and a token from the shell", () => {
    expect(
      mapHeaders([
        word("User-Agent: x"),
        word("Authorization: Basic dXNlcg=="),
        word("Content-Type: text/plain"),
        word("X-Empty;"),
      ]),
    ).toEqual({
      token: undefined,
      unmapped: [
        "header User-Agent: x",
        "header Authorization: Basic … (only Bearer tokens are supported)",
        "header Content-Type: text/plain",
        "header X-Empty;",
      ],
    });
    expect(mapHeaders([word("Authorization: Bearer $T", ["$T"])])).toEqual({
      token: undefined,
      unmapped: ["The token comes from $T in your shell: paste the token itself."],
    });
  });

  it("uses the first Authorization header and reports the others", () => {
    expect(mapHeaders([word("Authorization: Bearer a"), word("Authorization: Bearer b")])).toEqual({
      token: "a",
      unmapped: ["A second Authorization header was ignored."],
    });
  });
});
