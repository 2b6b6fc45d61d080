import { describe, expect, it } from "vitest";
import { splitPipelines } from "./shell-commands";
import { lexShell } from "./shell-lexer";

const texts = (source: string) =>
  splitPipelines(lexShell(source)).map((pipeline) =>
    pipeline.map((c) => [c.words.map((w) => w.text).join(" "), ...c.redirects.map((r) => `${r.fd ?? ""}${r.op}${r.target?.text ?? r.document?.body ?? ""}`)]),
  );

describe("splitPipelines", () => {
  it.each([
    ["curl u", [[["curl u"]]]],
    ["a | b |& c", [[["a"], ["b"], ["c"]]]],
    ["a; b && c || d & e\nf", [[["a"]], [["b"]], [["c"]], [["d"]], [["e"]], [["f"]]]],
    ["curl u > out 2>&1", [[["curl u", ">out", "2>&1"]]]],
    ["awk p <<'X' | curl -d @-\nbody\nX", [[["awk p", "<<body\n"], ["curl -d @-"]]]],
    ["curl -d @- <<< 'x'", [[["curl -d @-", "<<<x"]]]],
    ["\n\n; ;", []],
  ])("groups %j", (source, expected) => {
    expect(texts(source)).toEqual(expected);
  });
});
