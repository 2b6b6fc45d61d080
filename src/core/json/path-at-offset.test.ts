import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { documentedExampleText } from "../../endpoint/example";
import { makeManyItemsBody } from "../../testing/many-items";
import type { JsonPath } from "./json-path";
import { parseJson, type JsonNode } from "./parse-json";
import { pathAtOffset, type PathAtOffset } from "./path-at-offset";
import { skipValue } from "./text-cursor";

/** The same question answered from parseJson's tree: the slow, obviously right way. */
function fromTree(root: JsonNode, offset: number): PathAtOffset | undefined {
  const holds = (node: JsonNode) => offset >= node.offset && offset <= node.offset + node.length;
  if (!holds(root)) return undefined;
  const path: (string | number)[] = [];
  let node: JsonNode = root;
  for (;;) {
    const children = node.children ?? [];
    const index = children.findIndex(holds);
    const child = children[index];
    if (node.type === "object" && child) {
      const [key, value] = child.children ?? [];
      if (!key || !value) throw new Error("property without key or value");
      path.push(key.value as string);
      if (offset < value.offset) return { path, on: "key" };
      node = value;
    } else if (node.type === "array" && child) {
      path.push(index);
      node = child;
    } else return { path, on: "value" };
  }
}

/** `text` with `|` marking the cursor → the answer at that cursor. */
function at(marked: string): PathAtOffset | undefined {
  const offset = marked.indexOf("|");
  return pathAtOffset(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe("pathAtOffset", () => {
  it.each<[string, JsonPath | undefined, ("key" | "value")?]>([
    ['{"a": [1, |2]}', ["a", 1], "value"],
    ['{"a": [1, 2|]}', ["a", 1], "value"],
    ['{"a": [1,| 2]}', ["a"], "value"],
    ['{|"a": 1}', ["a"], "key"],
    ['{"a|": 1}', ["a"], "key"],
    ['{"a"|: 1}', ["a"], "key"],
    ['{"a":| 1}', ["a"], "key"],
    ['{"a": |1}', ["a"], "value"],
    ['{"a": 1, "b": {"c": "x|y"}}', ["b", "c"], "value"],
    ['{"a\\"b": {|}}', ['a"b'], "value"],
    ['|{"a": 1}', []],
    [' |{"a": 1}', [], "value"],
    ['{"a": 1}| ', [], "value"],
    ['{"a": 1} |', undefined],
    ["|", undefined],
    // While typing: unfinished keys, missing values, unclosed containers.
    ['{"marketing_activity_datas": [{"impr|', ["marketing_activity_datas", 0, "impr"], "key"],
    ['{"marketing_activity_datas": [{"click_num": |', ["marketing_activity_datas", 0, "click_num"], "key"],
    ['{"marketing_activity_datas": [{"click_num": 1|', ["marketing_activity_datas", 0, "click_num"], "value"],
    ['{"a": 1,, "b": |2}', [], "value"],
    ['{"a" 1, "b": |2}', [], "value"],
    ['{"\\x|": 1}', ["\\x"], "key"],
  ])("%s", (marked, path, on) => {
    expect(at(marked)).toEqual(path === undefined ? undefined : { path, on: on ?? "value" });
  });

  it("agrees with parseJson's tree at every offset of generated JSON", () => {
    const layouts = fc.constantFrom<(string | number | undefined)[]>([undefined], [2], ["\t"], [" \n "]);
    const texts = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.tuple(fc.jsonValue({ maxDepth: 4 }), layouts).map(([value, [indent]]) => ` ${JSON.stringify(value, null, indent)}\n`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const { root } = parseJson(text);
        if (!root) throw new Error("fc made text that is not JSON");
        for (let offset = 0; offset <= text.length + 1; offset++) {
          expect(pathAtOffset(text, offset), `offset ${offset} of ${text}`).toEqual(fromTree(root, offset));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on text that is not JSON, or on JSON cut off mid-typing", () => {
    const cut = fc.json({ maxDepth: 4 }).chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length })));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(..."{}[],:\"\\ a1-.") }), cut.map(([t, n]) => t.slice(0, n))), fc.nat({ max: 60 }), (text, offset) => {
        const found = pathAtOffset(text, offset);
        if (found) expect(found.on === "key" ? found.path.length > 0 : true).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a field of the last item of a 9 MB body (its time is reported, not asserted: the benchmark judges speed)", () => {
    const text = makeManyItemsBody(6000);
    const offset = text.lastIndexOf('"impression_num"') + 3;
    // Timed against one bare skip over the whole text on this machine, so load does not matter;
    // building a tree (parseJson) costs many such passes.
    const time = (run: () => unknown) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        run();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const onePass = time(() => skipValue(text, 0));
    const elapsed = time(() => pathAtOffset(text, offset));
    console.log(`pathAtOffset, last item of ${text.length} characters: ${elapsed.toFixed(1)} ms (one skip: ${onePass.toFixed(1)} ms)`);
    expect(pathAtOffset(text, offset)).toEqual({ path: ["marketing_activity_datas", 5999, "impression_num"], on: "key" });
  });

  it("follows nesting deeper than any stack, without recursion", () => {
    const depth = 100_000;
    const path = pathAtOffset("[".repeat(depth), depth)?.path ?? [];
    // The top-level list has no path segment: one index per list inside it.
    expect(path.length).toBe(depth - 1);
    expect(path.every((segment) => segment === 0)).toBe(true);
  });

  it("names the documented example's fields", () => {
    const offset = documentedExampleText.indexOf("0.09");
    expect(pathAtOffset(documentedExampleText, offset)?.path).toEqual(["marketing_activity_datas", 0, "custom_activity_engagement_list", 0, "value"]);
  });
});
