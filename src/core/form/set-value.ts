import { formatPath, nodeAtPath, type JsonPath } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";
import { rootForEdit } from "./body-syntax";
import { checkInt64Input } from "./int64-input";
import { fieldAt, type FieldDescriptor } from "./schema-fields";
import { editError, editsOk, type EditResult } from "./edit-result";

/**
 * A value from an input: for 64-bit integers the digits as typed (a string, never a JS number),
 * for strings the JS string, for integer enums the chosen number.
 */
export type FormValue = string | number;

type Literal = { ok: true; literal: string } | { ok: false; error: string };

function literalFor(field: FieldDescriptor, value: FormValue): Literal {
  switch (field.kind) {
    case "int64": {
      if (typeof value !== "string") return { ok: false, error: "A 64-bit integer is passed as its digits (a string), so it stays exact" };
      const checked = checkInt64Input(value);
      return checked.ok ? { ok: true, literal: checked.digits } : checked;
    }
    case "integer-enum": {
      const option = field.enumOptions?.find((candidate) => String(candidate.value) === String(value).trim());
      return option ? { ok: true, literal: String(option.value) } : { ok: false, error: `Choose one of ${(field.enumOptions ?? []).map((o) => o.label).join(", ")}` };
    }
    case "string":
      // JSON.stringify of a string only quotes and escapes it: the characters are kept exactly.
      return typeof value === "string" ? { ok: true, literal: JSON.stringify(value) } : { ok: false, error: "Expected a string" };
    case "list":
    case "object":
      return { ok: false, error: `${field.name} is edited through its own fields and items` };
  }
}

/**
 * Replaces the value at `path` — only that value's characters; every other byte of the body
 * stays. Refused (no edit) when the input is not a valid value for the field, the field is
 * absent (add it first) or not documented (read-only). Setting the same literal gives no edits.
 *
 * @param root the tree of `text`, when the caller already has it (saves a parse on large bodies)
 * @example setValue('{"a": 1}', ["marketing_activity_datas", 0, "order_num"], "9223372036854775807")
 */
export function setValue(text: string, path: JsonPath, newValue: FormValue, root?: JsonNode): EditResult {
  const tree = rootForEdit(text, root);
  if (!tree.ok) return editError(tree.error);
  const field = fieldAt(path);
  if (!field) return editError(`${formatPath(path)} is not documented, so the form leaves it as it is`);
  const node = nodeAtPath(tree.root, path);
  if (!node || node.parent?.type !== "property") return editError(`${formatPath(path)} is absent: add it first`);
  const next = literalFor(field, newValue);
  if (!next.ok) return editError(next.error);
  if (next.literal === literalOf(text, node)) return editsOk([]);
  return editsOk([{ offset: node.offset, length: node.length, text: next.literal }]);
}
