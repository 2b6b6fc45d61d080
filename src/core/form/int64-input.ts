import { classifyIntegerLiteral, int64Max, int64Min } from "../validation/int64";

type Int64InputCheck = { readonly ok: true; readonly digits: string } | { readonly ok: false; readonly error: string };

const plainInteger = /^-?(0|[1-9][0-9]*)$/;

/**
 * Checks what a person typed into a 64-bit integer input and gives the literal to write into
 * the body. The text is kept as text all the way (never a JS number), so
 * `9223372036854775807` is written exactly. Surrounding spaces are forgiven; anything else
 * that is not a plain integer literal is refused with a reason, and the body is left alone.
 *
 * @example checkInt64Input(" 42 ") // { ok: true, digits: "42" }
 * @example checkInt64Input("007")  // { ok: false, error: "No leading zeros: write 7" }
 */
export function checkInt64Input(raw: string): Int64InputCheck {
  const digits = raw.trim();
  if (digits === "") return { ok: false, error: "Enter an integer" };
  if (!plainInteger.test(digits)) {
    if (/^-?[0-9]+$/.test(digits)) {
      const negative = digits.startsWith("-");
      const stripped = digits.replace(/^-?0+(?=[0-9])/, "");
      return { ok: false, error: `No leading zeros: write ${negative && stripped !== "0" ? "-" : ""}${stripped}` };
    }
    return { ok: false, error: "Only digits, with an optional leading '-'" };
  }
  if (classifyIntegerLiteral(digits).kind === "out-of-range") {
    return { ok: false, error: `Outside the 64-bit range (${int64Min} to ${int64Max})` };
  }
  return { ok: true, digits };
}
