/**
 * Test helper: body texts that stress quoting. Any code point but NUL (no shell argument or
 * here-document can hold one), biased towards the characters each language treats specially.
 */
import fc from "fast-check";

const tricky = fc.constantFrom(
  "'", '"', "$", "`", "\\", "!", "@", "\n", "\r", "\r\n", "\t", "${", "$(", "'''", "\\'",
  "JSON_BODY", "\nJSON_BODY\n", "'@", "\u2018", "\u2019", "\u2028", "\u2029", "\ufeff", "\u0085",
  "😀", "中文", "9223372036854775807", "9007199254740993", "%s", "\\n", "--", "=",
);

const anyCodePointButNul = fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((c) => c !== "\u0000");

/** Up to `maxLength` pieces, each a tricky piece or any code point. */
export function bodyText(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({ unit: fc.oneof(tricky, anyCodePointButNul, fc.constantFrom("{", "}", " ", "a")), maxLength });
}

/** Bodies that begin like a file reference or an option, the cases curl and argparse mistreat. */
export function bodyWithTrickyStart(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom("@", "@-", "-", "--data", "\n", "'"), bodyText(20)).map(([a, b]) => a + b);
}
