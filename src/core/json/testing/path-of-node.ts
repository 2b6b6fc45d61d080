import type { JsonPath } from "../json-path";
import type { JsonNode } from "../parse-json";

/** The path of a value node, walking up through its parents: an oracle for tests of the path finders. */
export function pathOfNode(node: JsonNode): JsonPath {
  const path: (string | number)[] = [];
  let current: JsonNode | undefined = node;
  while (current?.parent) {
    const parent: JsonNode = current.parent;
    if (parent.type === "property") {
      path.push(String(parent.children?.[0]?.value));
      current = parent.parent;
    } else if (parent.type === "array") {
      path.push(parent.children?.indexOf(current) ?? -1);
      current = parent;
    } else break;
  }
  return path.reverse();
}
