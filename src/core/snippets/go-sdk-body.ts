import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { goSdk } from "../../endpoint/go-sdk";
import { formatPath, type JsonPath } from "../json/json-path";
import { literalOf, parseJson, type JsonNode } from "../json/parse-json";
import { classifyIntegerLiteral } from "../validation/int64";
import { goString } from "./go-string";
import { appendAll } from "../arrays/append-all";

/** A field the SDK leaves out of the JSON it sends, and why. */
export interface DroppedField {
  readonly path: JsonPath;
  /** `zero`: 0, "", [] or null (omitempty); `unknown`: the SDK's struct has no such field. */
  readonly reason: "zero" | "unknown";
}

type GoSdkBody =
  | {
      readonly ok: true;
      /** The request struct literal's lines: `&marketing.…APIReq{`, fields two tabs in, `\t}`. */
      readonly lines: readonly string[];
      readonly dropped: readonly DroppedField[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** `tool_tips` → `ToolTips`, as the SDK's generator names fields and list item types. */
export function goFieldName(jsonName: string): string {
  return jsonName
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/**
 * The body as a Go struct literal of the SDK's types, with the fields the SDK would drop. Number
 * literals are written as typed (int64 exact: never through a JavaScript number); a value that
 * does not fit the SDK's types is a problem, since the snippet would not compile.
 */
export function goSdkBody(text: string): GoSdkBody {
  const { root } = parseJson(text);
  if (root === undefined) return { ok: false, problems: ["The body is not JSON."] };
  const walk = new Walk(text);
  const lines = walk.struct(root, bodySchema, [], `&${goSdk.packageName}.${goSdk.requestType}`, "\t\t");
  return walk.problems.length > 0 ? { ok: false, problems: walk.problems } : { ok: true, lines, dropped: walk.dropped };
}

/** The fields of `text` the SDK would not send (empty when the body does not fit its types). */
export function goSdkDroppedFields(text: string): readonly DroppedField[] {
  const body = goSdkBody(text);
  return body.ok ? body.dropped : [];
}

function properties(schema: SchemaNode): Readonly<Record<string, SchemaNode>> {
  return (schema.properties ?? {}) as Record<string, SchemaNode>;
}

class Walk {
  readonly problems: string[] = [];
  readonly dropped: DroppedField[] = [];

  constructor(private readonly text: string) {}

  /**
   * `prefix{`, the fields at `indent`, `}` one tab less in, for an object node. Fields in body
   * order; of duplicate keys the last is kept (as encoding/json and JSON.parse do).
   */
  struct(node: JsonNode, schema: SchemaNode, path: JsonPath, prefix: string, indent: string): string[] {
    if (node.type !== "object") {
      this.problems.push(`${formatPath(path)}: an object is expected.`);
      return [];
    }
    const last = new Map<string, JsonNode>();
    for (const property of node.children ?? []) last.set(String(property.children?.[0]?.value), property.children![1]!);
    const fields: string[] = [];
    for (const [name, value] of last) {
      const fieldPath = [...path, name];
      const fieldSchema = properties(schema)[name];
      if (fieldSchema === undefined) this.dropped.push({ path: fieldPath, reason: "unknown" });
      else if (isZero(this.text, value)) this.dropped.push({ path: fieldPath, reason: "zero" });
      else appendAll(fields, this.field(value, fieldSchema, fieldPath, name, indent));
    }
    return [`${prefix}{`, ...fields, `${indent.slice(1)}}`];
  }

  private field(node: JsonNode, schema: SchemaNode, path: JsonPath, name: string, indent: string): string[] {
    const key = `${indent}${goFieldName(name)}: `;
    switch (schema.type) {
      case "integer": {
        const literal = node.type === "number" ? literalOf(this.text, node) : "";
        if (node.type !== "number" || classifyIntegerLiteral(literal).kind !== "integer") {
          this.problems.push(`${formatPath(path)}: the SDK's field is ${schema.format === "int64" ? "int64" : "int"}; ${node.type === "number" ? literal : node.type} does not fit it.`);
          return [];
        }
        return [`${key}${literal},`];
      }
      case "string":
        if (node.type !== "string") {
          this.problems.push(`${formatPath(path)}: the SDK's field is a string.`);
          return [];
        }
        return [`${key}${goString(String(node.value))},`];
      case "array": {
        if (node.type !== "array") {
          this.problems.push(`${formatPath(path)}: the SDK's field is a list.`);
          return [];
        }
        const itemType = path.length === 1 ? goSdk.rootItemType : goFieldName(name);
        const items = (node.children ?? []).flatMap((item, i) => {
          const lines = this.struct(item, schema.items as SchemaNode, [...path, i], `${indent}\t`, `${indent}\t\t`);
          return lines.length === 0 ? [] : [...lines.slice(0, -1), `${lines[lines.length - 1]},`];
        });
        return [`${key}[]${goSdk.packageName}.${itemType}{`, ...items, `${indent}},`];
      }
      default:
        this.problems.push(`${formatPath(path)}: no SDK field type for this schema.`);
        return [];
    }
  }
}

/** What `omitempty` leaves out: 0 (as an integer literal), "", an empty list, and null. */
function isZero(text: string, node: JsonNode): boolean {
  if (node.type === "null") return true;
  if (node.type === "number") {
    const literal = classifyIntegerLiteral(literalOf(text, node));
    return literal.kind === "integer" && literal.value === 0n;
  }
  if (node.type === "string") return node.value === "";
  if (node.type === "array") return (node.children ?? []).length === 0;
  return false;
}
