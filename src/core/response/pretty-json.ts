import { literalOf, parseJson, type JsonNode } from "../json/parse-json";

/**
 * Re-indents parsed JSON with 2 spaces, writing every leaf and key as its literal text: numbers
 * keep all their digits (`9007199254740993` stays that, where JSON.stringify(JSON.parse(…))
 * would print …992) and strings keep their escapes as the server wrote them.
 * @example prettyJson('{"n":9007199254740993}', parseJson('{"n":9007199254740993}').root!)
 * // → '{\n  "n": 9007199254740993\n}'
 */
export function prettyJson(text: string, root: JsonNode): string {
  const out: string[] = [];
  write(text, root, "", out);
  return out.join("");
}

function write(text: string, node: JsonNode, indent: string, out: string[]): void {
  const children = node.children ?? [];
  if (node.type !== "object" && node.type !== "array") {
    out.push(literalOf(text, node));
    return;
  }
  const [open, close] = node.type === "object" ? ["{", "}"] : ["[", "]"];
  if (children.length === 0) {
    out.push(open + close);
    return;
  }
  const inner = `${indent}  `;
  out.push(`${open}\n`);
  children.forEach((child, index) => {
    out.push(inner);
    if (child.type === "property") {
      const [key, value] = child.children ?? [];
      if (key === undefined || value === undefined) return;
      out.push(`${literalOf(text, key)}: `);
      write(text, value, inner, out);
    } else write(text, child, inner, out);
    out.push(index < children.length - 1 ? ",\n" : "\n");
  });
  out.push(indent + close);
}

/**
 * A response body as the response view shows it: JSON re-indented losslessly, anything else
 * (an empty body, HTML, broken JSON) as it came.
 * @example prettyResponseText('{"sucess_count":9007199254740993}') // → '{\n  "sucess_count": 9007199254740993\n}'
 */
export function prettyResponseText(text: string): string {
  if (text.trim() === "") return text;
  const { root } = parseJson(text);
  return root === undefined ? text : prettyJson(text, root);
}
