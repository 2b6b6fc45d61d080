import { describe, expect, it } from "vitest";
import { jsHeaderLines } from "./js-headers";

describe("jsHeaderLines", () => {
  it("quotes names and literal values, and reads an env value from process.env", () => {
    expect(
      jsHeaderLines(
        [
          { name: "Authorization", value: { kind: "env", prefix: "Bearer `x` ${", variable: "SHOPLINE_ACCESS_TOKEN" } },
          { name: "Content-Type", value: { kind: "literal", text: 'a"b' } },
        ],
        "  ",
      ),
    ).toEqual(['  "Authorization": `Bearer \\`x\\` \\${${process.env.SHOPLINE_ACCESS_TOKEN}`,', '  "Content-Type": "a\\"b",']);
  });
});
