import type { JsonNode } from "../json/parse-json";
import { itemsListField } from "../../endpoint/item-fields";
import { parseBody, type ParsedBody, type SyntaxErrorAt } from "./body-syntax";
import { buildListModel, type ListModel } from "./list-model";
import { buildObjectModel, type UndocumentedEntry } from "./object-model";
import { objectFieldsAt } from "./schema-fields";
import { describeNodeType } from "./span";

/**
 * The `Form` panel's model. When the body does not parse, the form says where and is read-only;
 * otherwise it lists the body's items as summaries (the list model of `marketing_activity_datas`)
 * and the tree to build an expanded item from.
 */
export type FormModel =
  | { readonly ok: false; readonly reason: "syntax"; readonly syntaxError: SyntaxErrorAt; readonly message: string }
  | { readonly ok: false; readonly reason: "not-an-object"; readonly message: string }
  | (ListModel & {
      readonly ok: true;
      /** The tree of this text: pass it to buildObjectModel (an item's fields, built when its group opens) and to the edit operations. */
      readonly root: JsonNode;
      /** Keys of the body that the schema does not document (kept, read-only). */
      readonly undocumented: readonly UndocumentedEntry[];
    });

/**
 * Builds the form's outline: one summary per item, nothing per field (an item's fields are built when its group opens).
 *
 * @param root the tree of `text` when the caller parsed it already without error (e.g. for
 *   validation): the parse is most of the cost on a large body
 * @example const model = buildFormModel(editorText); if (model.ok) model.items[0]?.summary
 */
export function buildFormModel(text: string, root?: JsonNode): FormModel {
  const parsed: ParsedBody = root ? { ok: true, root } : parseBody(text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.syntaxError;
    return { ok: false, reason: "syntax", syntaxError: parsed.syntaxError, message: `The body is not valid JSON: ${message} at line ${line}, column ${column}. The form is read-only until it parses.` };
  }
  const tree = parsed.root;
  if (tree.type !== "object") {
    return { ok: false, reason: "not-an-object", message: `The body must be a JSON object, found ${describeNodeType(tree)}.` };
  }
  const field = objectFieldsAt([])?.find((candidate) => candidate.name === itemsListField);
  if (!field) throw new Error(`The schema has no ${itemsListField} list`);
  // The root's own model carries the list (summarised once) and the root's undocumented keys.
  const rootModel = buildObjectModel(text, tree, []);
  const present = rootModel.ok ? rootModel.fields.find((entry) => entry.field.name === itemsListField) : undefined;
  const list = present?.kind === "list" ? present.list : buildListModel(text, field, [itemsListField], undefined);
  return { ...list, ok: true, root: tree, undocumented: rootModel.ok ? rootModel.undocumented : [] };
}
