import { describe, expect, it } from "vitest";
import { dropFinalNewline } from "../snippets/shell-stdin-body";
import { standardInput } from "./curl-stdin";
import { splitPipelines } from "./shell-commands";
import { lexShell } from "./shell-lexer";

/** What the last command of the first pipeline reads on stdin. */
function stdinOf(source: string) {
  const [pipeline] = splitPipelines(lexShell(source));
  if (pipeline === undefined) throw new Error("no command");
  return standardInput(pipeline.at(-1)!, pipeline.slice(0, -1));
}

describe("standardInput", () => {
  it.each([
    ["curl -d @- <<'X'\nab\nX", "ab\n"],
    ["curl -d @- <<< 'ab'", "ab\n"],
    [`${dropFinalNewline} <<'X' | curl -d @-\nab\nX`, "ab"],
    [`${dropFinalNewline} <<'X' | curl -d @-\nab\n\nX`, "ab\n"],
    [`${dropFinalNewline} <<'X' | curl -d @-\n\nX`, ""],
    ["cat <<'X' | curl -d @-\nab\nX", "ab\n"],
    ["printf '%s' 'a\nb' | curl -d @-", "a\nb"],
    ["printf 'ab' | curl -d @-", "ab"],
    ["echo a b | curl -d @-", "a b\n"],
    ["echo -n a | curl -d @-", "a"],
    ["echo x | curl -d @- <<< 'own'", "own\n"],
  ])("reads %j", (source, text) => {
    expect(stdinOf(source)).toMatchObject({ known: true, text });
  });

  it.each([
    ["curl -d @-", "standard input, which the pasted text does not contain"],
    ["curl -d @- < body.json", "the file body.json"],
    ["jq . body.json | curl -d @-", "the output of jq . body.json"],
    ["printf '%d' 1 | curl -d @-", "the output of printf %d 1"],
    ["awk '{print}' <<'X' | curl -d @-\na\nX", "the output of awk {print}"],
  ])("cannot read %j", (source, reason) => {
    expect(stdinOf(source)).toEqual({ known: false, reason });
  });
});
