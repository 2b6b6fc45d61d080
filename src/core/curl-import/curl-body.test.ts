import { describe, expect, it } from "vitest";
import type { CurlOption } from "./curl-arguments";
import { curlBody } from "./curl-body";
import type { StdinResult } from "./curl-stdin";

const option = (name: string, value: string, expansions: string[] = []): CurlOption => ({
  name,
  value: { text: value, expansions, quoted: true },
  written: `${name} ${value}`,
});
const stdin = (text: string) => (): StdinResult => ({ known: true, text, notes: [] });
const noStdin = (): StdinResult => ({ known: false, reason: "standard input" });

describe("curlBody", () => {
  it.each([
    ["--data-raw sends its value as is, @ included", [option("--data-raw", "@file")], "@file"],
    ["--data sends an inline value as is, newlines included", [option("--data", "{\r\n}")], "{\r\n}"],
    ["--data-binary @- reads stdin exactly", [option("--data-binary", "@-")], "a\r\nb\n"],
    ["--json @- reads stdin exactly", [option("--json", "@-")], "a\r\nb\n"],
    ["--data @- strips CR and LF, as curl does", [option("--data", "@-")], "ab"],
    ["--data-ascii @- strips CR and LF", [option("--data-ascii", "@-")], "ab"],
    ["several values are joined with &", [option("-d", "x"), option("--data", "a=1"), option("--data-raw", "b")], "a=1&b"],
    ["--json values are concatenated", [option("--json", "{"), option("--json", "}")], "{}"],
  ])("%s", (_, options, body) => {
    expect(curlBody(options, stdin("a\r\nb\n")).bodyText).toBe(body);
  });

  it("gives no body without data options", () => {
    expect(curlBody([option("--header", "x")], stdin(""))).toEqual({ bodyText: undefined, unmapped: [] });
  });

  it("reports a file, an unknown stdin and expansions", () => {
    const file = curlBody([option("--data-binary", "@body.json")], noStdin);
    expect(file).toEqual({ bodyText: undefined, unmapped: ["--data-binary reads the body from the file body.json: paste its text into the editor."] });
    expect(curlBody([option("--data-binary", "@-")], noStdin).unmapped).toEqual(["--data-binary @- reads the body from standard input."]);
    expect(curlBody([option("--data", '{"a":"$X"}', ["$X"])], noStdin)).toEqual({
      bodyText: '{"a":"$X"}',
      unmapped: ["The body holds shell expansions ($X), imported as written."],
    });
  });
});
