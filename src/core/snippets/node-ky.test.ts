import { describe, expect, it } from "vitest";
import { nodeKySnippet, nodeKyTarget } from "./node-ky";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

describe("nodeKySnippet", () => {
  it("posts the body text with ky, without retries, printing error answers instead of throwing", () => {
    expect(nodeKySnippet(preparedRequest('{"n":9007199254740993}'), { tokenMode: "literal" })).toBe(
      [
        'import ky from "ky";',
        "",
        'const body = `{"n":9007199254740993}`;',
        "",
        `const response = await ky("${sampleUrl}", {`,
        '  method: "post",',
        "  headers: {",
        '    "Authorization": "Bearer tok",',
        '    "Content-Type": "application/json; charset=utf-8",',
        '    "accept": "application/json",',
        "  },",
        "  body,",
        "  retry: 0,",
        "  throwHttpErrors: false,",
        "});",
        'console.log(response.status, response.headers.get("traceId"), await response.text());',
      ].join("\n"),
    );
  });

  it("reads the token from process.env in env mode", () => {
    expect(nodeKySnippet(preparedRequest("{}"), { tokenMode: "env" })).toContain(
      '    "Authorization": `Bearer ${process.env.SHOPLINE_ACCESS_TOKEN}`,\n',
    );
  });

  it("is registered", () => {
    expect(nodeKyTarget).toMatchObject({ id: "node-ky", language: "javascript" });
  });
});
