import type { SchemaNode } from "../../endpoint/schema";
import { itemsOf, propertiesOf } from "../schema/schema-nav";
import type { PendingProblem } from "./pending-problem";
import { suggestName } from "./suggest-name";

/** Warns about keys the schema does not document, with "did you mean …?" for near misses. */
export function checkUnknownFields(value: unknown, schema: SchemaNode, report: (p: PendingProblem) => void): void {
  const path: (string | number)[] = [];
  const walk = (node: unknown, nodeSchema: SchemaNode | undefined): void => {
    if (nodeSchema === undefined || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      const items = itemsOf(nodeSchema);
      if (!items) return;
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i], items);
        path.pop();
      }
      return;
    }
    if (nodeSchema["type"] !== "object") return;
    const known = propertiesOf(nodeSchema);
    for (const key of Object.keys(node)) {
      const fieldSchema = known[key];
      path.push(key);
      if (fieldSchema === undefined) {
        const hint = suggestName(key, Object.keys(known));
        const message = `"${key}" is not a documented field${hint ? `; did you mean "${hint}"?` : "."}`;
        report({ severity: "warning", code: "unknown-field", message, path: path.slice(), anchor: "key" });
      } else walk((node as Record<string, unknown>)[key], fieldSchema);
      path.pop();
    }
  };
  walk(value, schema);
}
