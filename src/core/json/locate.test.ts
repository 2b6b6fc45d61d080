import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { locatePaths, pathKey, pathsAtOffsets } from "./locate";
import { parseJson, type JsonNode } from "./parse-json";
import { pathOfNode } from "./testing/path-of-node";

const text = `{
  "a": [1, {"b": "x\\"y", "c": [true, null]}],
  "d e": {"f": -2.5e3},
  "a": "duplicate keys: the last one wins, as in JSON.parse"
}`;

describe("locatePaths", () => {
  it("finds values and keys", () => {
    const spans = locatePaths(text, [["a", 1, "c", 1], ["d e", "f"], ["a", 1, "b"], ["missing"]]);
    const at = (path: (string | number)[]) => spans.get(pathKey(path));
    const slice = (path: (string | number)[]) => {
      const span = at(path);
      return span && text.slice(span.offset, span.offset + span.length);
    };
    expect(slice(["d e", "f"])).toBe("-2.5e3");
    expect(slice(["a", 1, "b"])).toBe('"x\\"y"');
    const key = at(["d e", "f"]);
    expect(key && text.slice(key.keyOffset, (key.keyOffset ?? 0) + (key.keyLength ?? 0))).toBe('"f"');
    expect(at(["missing"])).toBeUndefined();
  });
});

describe("pathsAtOffsets", () => {
  it("agrees with the tree for every value of generated JSON", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (json) => {
        const { root } = parseJson(json);
        if (!root) throw new Error("fc.json made invalid JSON");
        const nodes: JsonNode[] = [];
        const collect = (node: JsonNode): void => {
          if (node.type !== "property") nodes.push(node);
          for (const child of node.children ?? []) if (!(node.type === "property" && child === node.children?.[0])) collect(child);
        };
        collect(root);
        nodes.sort((x, y) => x.offset - y.offset);
        const offsets = nodes.map((n) => n.offset);
        // Values can share an offset only if nested at the same start, which JSON cannot do.
        expect(pathsAtOffsets(json, offsets)).toEqual(nodes.map((n) => pathOfNode(n)));
      }),
      { numRuns: 200 },
    );
  });
});
