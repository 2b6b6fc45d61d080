import { describe, expect, it } from "vitest";
import { lexShell, type ShellToken } from "./shell-lexer";
import { ShellSyntaxError } from "./shell-word";

/** Tokens in a compact form: words as text, operators as `<op>`, here-documents as `<<body>>`. */
function compact(tokens: readonly ShellToken[]): string[] {
  return tokens.map((t) =>
    t.kind === "word" ? t.word.text : t.kind === "operator" ? `${t.fd ?? ""}<${t.op}>` : `${t.fd ?? ""}<<${t.document.body}>>`,
  );
}

describe("lexShell", () => {
  it.each([
    ["curl -X POST 'u'", ["curl", "-X", "POST", "u"]],
    ["curl \\\n--url u \\\r\n-H x", ["curl", "--url", "u", "-H", "x"]],
    ["a|b&&c;d\ne", ["a", "<|>", "b", "<&&>", "c", "<;>", "d", "<\n>", "e"]],
    ["a # comment 'x\nb", ["a", "<\n>", "b"]],
    ["a 2>&1 >out <in", ["a", "2<>&>", "1", "<>>", "out", "<<>", "in"]],
    ["a <<<'x y'", ["a", "<<<<>", "x y"]],
    ["a\r\nb", ["a", "<\n>", "b"]],
  ])("splits %j", (source, tokens) => {
    expect(compact(lexShell(source))).toEqual(tokens);
  });

  it("reads a here-document's body after the line that opens it, continuation lines included", () => {
    const tokens = lexShell("awk x <<'END' | curl \\\n--data-binary @-\n{'$`}\n\nEND\nnext");
    expect(compact(tokens)).toEqual(["awk", "x", "<<{'$`}\n\n>>", "<|>", "curl", "--data-binary", "@-", "<\n>", "next"]);
  });

  it("reads two here-documents of one line in order, and <<- strips leading tabs", () => {
    const tokens = lexShell("a <<A <<-B\n1\nA\n\t2\n\tB\n");
    expect(compact(tokens)).toEqual(["a", "<<1\n>>", "<<2\n>>", "<\n>"]);
  });

  it("marks the delimiter as quoted or not, and an unterminated document", () => {
    const [, quoted] = lexShell("cat <<\"X\"\nbody");
    const [, bare] = lexShell("cat <<X\nX\n");
    expect(quoted).toMatchObject({ kind: "here-document", document: { literal: true, terminated: false, body: "body\n" } });
    expect(bare).toMatchObject({ kind: "here-document", document: { literal: false, terminated: true, body: "" } });
  });

  it("rejects unclosed quotes and a missing delimiter", () => {
    expect(() => lexShell("curl 'abc")).toThrow(ShellSyntaxError);
    expect(() => lexShell("cat <<")).toThrow(ShellSyntaxError);
    expect(() => lexShell("cat << | x")).toThrow(ShellSyntaxError);
  });
});
