/**
 * The lexer against real bash: for generated command lines mixing every quoting form, the words
 * lexShell reads must be the words bash passes to a command (`printf '%s\0'` prints them).
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { singleQuote } from "../snippets/shell-quote";
import { lexShell } from "./shell-lexer";

const bash = spawnSync("sh", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim() || undefined;

/** Unquoted characters bash takes literally in a non-interactive shell (no globs, braces, expansions). */
const plain = fc.constantFrom("a", "Z", "0", "-", "_", ".", "/", ":", "=", "@", "%", "+", ",", "!", "é", "😀");
const singleQuoted = fc.string({ unit: fc.constantFrom("a", " ", '"', "\\", "$", "`", "\n", "!", "中"), maxLength: 6 }).map(singleQuote);
const doubleQuoted = fc
  .array(fc.constantFrom("a", " ", "'", "\\\\", '\\"', "\\$", "\\`", "\\a", "\\\n", "\n", "中"), { maxLength: 6 })
  .map((parts) => `"${parts.join("")}"`);
const ansiC = fc
  .array(fc.constantFrom("a", " ", '"', "\\n", "\\t", "\\'", "\\\\", "\\x41", "\\101", "\\u00e9", "\\U0001F600", "\\xe2\\x80\\x99", "\\q", "\\e"), { maxLength: 6 })
  .map((parts) => `$'${parts.join("")}'`);
const escaped = fc.constantFrom("\\ ", "\\'", '\\"', "\\$", "\\`", "\\\\", "\\|", "\\;", "\\a", "\\#");
const word = fc.array(fc.oneof(plain, singleQuoted, doubleQuoted, ansiC, escaped), { minLength: 1, maxLength: 4 }).map((p) => p.join(""));
const blank = fc.constantFrom(" ", "\t", "  ", " \\\n", "\\\n ");
const commandLine = fc.array(fc.tuple(word, blank), { maxLength: 5 }).map((pairs) => pairs.map(([w, b]) => w + b).join(""));

describe.skipIf(bash === undefined)(`lexShell agrees with bash${bash ? "" : " (skipped: bash is not installed)"}`, () => {
  it("reads the same words as bash for any command line of quoted words", () => {
    fc.assert(
      fc.property(commandLine, (line) => {
        const script = `printf '%s\\0' X ${line}`;
        const run = spawnSync(bash ?? "", ["-c", script], { encoding: "utf8" });
        expect(run.status, run.stderr).toBe(0);
        const bashWords = run.stdout.split("\0").slice(1, -1);
        const tokens = lexShell(line);
        expect(tokens.every((t) => t.kind === "word")).toBe(true);
        expect(tokens.map((t) => (t.kind === "word" ? t.word.text : ""))).toEqual(bashWords);
      }),
      { numRuns: 250 },
    );
  });
});

describe.skipIf(bash === undefined)(`here-documents agree with bash${bash ? "" : " (skipped: bash is not installed)"}`, () => {
  const line = fc.string({ unit: fc.constantFrom("a", " ", "\t", "'", '"', "$", "`", "\\", "{", "\r", "中", "EOF"), maxLength: 8 });
  const body = fc.array(line, { maxLength: 5 }).map((lines) => lines.filter((l) => l !== "EOF" && l.replace(/^\t+/, "") !== "EOF"));

  it("reads a quoted here-document's body (<< and <<-) byte for byte", () => {
    fc.assert(
      fc.property(body, fc.constantFrom("<<", "<<-"), fc.constantFrom("'EOF'", '"EOF"', "\\EOF", "E'O'F"), (lines, op, delimiter) => {
        const script = `cat ${op}${delimiter}\n${lines.map((l) => `${l}\n`).join("")}EOF\n`;
        const run = spawnSync(bash ?? "", ["-c", script], { encoding: "utf8" });
        const document = lexShell(script).find((t) => t.kind === "here-document");
        expect(document?.kind === "here-document" && document.document).toMatchObject({
          body: run.stdout,
          literal: true,
          terminated: true,
        });
      }),
      { numRuns: 150 },
    );
  });
});
