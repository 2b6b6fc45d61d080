import { describe, expect, it } from "vitest";
import { phpBodyExpression, phpDoubleQuoted, phpString } from "./php-string";

describe("phpString", () => {
  it.each([
    ["single-quoted text", "Bearer tok", "'Bearer tok'"],
    ["' and \\ escaped", "it's \\", "'it\\'s \\\\'"],
    ["$ kept in single quotes", "$x", "'$x'"],
    ["double-quoted when it needs an escape", "a\u0000\n", '"a\\u{0000}\\n"'],
  ])("writes %s", (_, text, literal) => {
    expect(phpString(text)).toBe(literal);
  });
});

describe("phpDoubleQuoted", () => {
  it("escapes $, \\ and \" and writes invisible characters as \\u{…}", () => {
    expect(phpDoubleQuoted('{$x}"\\\r\n\u2028\ud800')).toBe('"{\\$x}\\"\\\\\\r\n\\u{2028}\\u{FFFD}"');
  });
});

describe("phpBodyExpression", () => {
  it.each([
    ["JSON as a nowdoc", '{"a": "$b \\n"}', `<<<'JSON_BODY'\n{"a": "$b \\n"}\nJSON_BODY`],
    ["an empty body", "", "<<<'JSON_BODY'\n\nJSON_BODY"],
    ["a trailing newline kept (the nowdoc drops only its own)", "a\n", "<<<'JSON_BODY'\na\n\nJSON_BODY"],
    ["another delimiter when the text holds the first", "  JSON_BODY;", "<<<'JSON_BODY_1'\n  JSON_BODY;\nJSON_BODY_1"],
    ["a double-quoted string when the text has CR", "a\r\nb", '"a\\r\nb"'],
    ["a double-quoted string when the text has NUL", "\u0000", '"\\u{0000}"'],
  ])("writes %s", (_, text, expression) => {
    expect(phpBodyExpression(text)).toBe(expression);
  });
});
