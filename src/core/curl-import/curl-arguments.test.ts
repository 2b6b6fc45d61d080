import { describe, expect, it } from "vitest";
import { parseCurlArguments } from "./curl-arguments";
import type { ShellWord } from "./shell-word";

const words = (...texts: string[]): ShellWord[] => texts.map((text) => ({ text, expansions: [], quoted: false }));

function parsed(...texts: string[]) {
  const { options, urls } = parseCurlArguments(words(...texts));
  return { options: options.map((o) => [o.name, o.value?.text, o.written]), urls: urls.map((u) => u.text) };
}

describe("parseCurlArguments", () => {
  it("reads long options with and without values, and bare URLs", () => {
    expect(parsed("--request", "POST", "--compressed", "https://a/b", "--header", "X: 1")).toEqual({
      options: [
        ["--request", "POST", "--request POST"],
        ["--compressed", undefined, "--compressed"],
        ["--header", "X: 1", "--header X: 1"],
      ],
      urls: ["https://a/b"],
    });
  });

  it("reads combined short options and attached values", () => {
    expect(parsed("-sSXPOST", "-HX: 1", "-d", "{}", "u")).toEqual({
      options: [
        ["--silent", undefined, "-s"],
        ["--show-error", undefined, "-S"],
        ["--request", "POST", "-XPOST"],
        ["--header", "X: 1", "-HX: 1"],
        ["--data", "{}", "-d {}"],
      ],
      urls: ["u"],
    });
  });

  it("never takes an option's value for the URL, and keeps a value-less last option", () => {
    expect(parsed("-o", "https://not-the-url", "-H")).toEqual({
      options: [
        ["--output", "https://not-the-url", "-o https://not-the-url"],
        ["--header", undefined, "-H"],
      ],
      urls: [],
    });
  });
});
