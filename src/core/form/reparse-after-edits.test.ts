import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import type { JsonPath } from "../json/json-path";
import { parseJson, type JsonNode } from "../json/parse-json";
import { addField } from "./add-field";
import { addListItem, duplicateListItem, moveListItem, removeListItem } from "./list-edits";
import { removeField } from "./remove-field";
import { reparseAfterEdits } from "./reparse-after-edits";
import { setValue } from "./set-value";
import { type EditResult } from "./edit-result";
import { applyEditsToOriginal, type TextEdit } from "../text/text-edit";

function parse(text: string): JsonNode {
  const { root } = parseJson(text);
  if (!root) throw new Error("not JSON");
  return root;
}

/** The tree without parent links (compared separately), so toEqual does not chase cycles. */
function shape(node: JsonNode): unknown {
  const { parent: _parent, children, ...rest } = node;
  return children ? { ...rest, children: children.map(shape) } : rest;
}

/** Every child points back at its own parent. */
function parentsConsistent(node: JsonNode): boolean {
  return (node.children ?? []).every((child) => child.parent === node && parentsConsistent(child));
}

function expectSameAsFullParse(oldText: string, edits: readonly TextEdit[]): void {
  const newText = applyEditsToOriginal(oldText, edits);
  const rebuilt = reparseAfterEdits(oldText, parse(oldText), edits, newText);
  expect(rebuilt).toBeDefined();
  expect(shape(rebuilt as JsonNode)).toEqual(shape(parse(newText)));
  expect(parentsConsistent(rebuilt as JsonNode)).toBe(true);
  expect(rebuilt?.parent).toBeUndefined();
}

const item: JsonPath = ["marketing_activity_datas", 0];
const example = documentedExampleText;

describe("reparseAfterEdits equals a full parse after each form operation", () => {
  const operations: { name: string; run: (text: string) => EditResult }[] = [
    { name: "setValue int64", run: (t) => setValue(t, [...item, "order_num"], "9223372036854775807") },
    { name: "setValue shorter string", run: (t) => setValue(t, [...item, "marketing_event_id"], "x") },
    { name: "setValue in a nested item", run: (t) => setValue(t, [...item, "custom_sale_data_list", 0, "type"], 2) },
    { name: "removeField (first key)", run: (t) => removeField(t, item, "order_num") },
    { name: "removeField", run: (t) => removeField(t, item, "impression_num") },
    { name: "add nested item", run: (t) => addListItem(t, [...item, "regional_visit_list"]) },
    { name: "remove nested item", run: (t) => removeListItem(t, [...item, "product_sale_list"], 0) },
    { name: "add top-level item", run: (t) => addListItem(t, ["marketing_activity_datas"]) },
    { name: "duplicate top-level item", run: (t) => duplicateListItem(t, ["marketing_activity_datas"], 0) },
  ];
  it.each(operations)("$name", ({ run }) => {
    const result = run(example);
    if (!result.ok) throw new Error(result.error);
    expectSameAsFullParse(example, result.edits);
  });

  it("moving items (two edits in one list)", () => {
    const text = '{"marketing_activity_datas": [{"order_num": 1}, {"order_num": 22}], "z": [1, 2]}';
    const result = moveListItem(text, ["marketing_activity_datas"], 0, 1);
    if (!result.ok) throw new Error(result.error);
    expectSameAsFullParse(text, result.edits);
  });

  it("adding a field to an empty item", () => {
    const text = '{"marketing_activity_datas": [{}, {"order_num": 2}]}';
    const result = addField(text, item, "order_num");
    if (!result.ok) throw new Error(result.error);
    expectSameAsFullParse(text, result.edits);
  });
});

describe("reparseAfterEdits refuses what it cannot be sure of (or gains nothing on)", () => {
  const cases: { name: string; text: string; edits: TextEdit[]; newText?: string }[] = [
    { name: "an edit directly inside the root object", text: '{"a": 1}', edits: [{ offset: 6, length: 1, text: "2" }] },
    { name: "an edit on the root's bracket", text: '{"a": 1}', edits: [{ offset: 0, length: 1, text: "[" }] },
    { name: "the container no longer parses", text: '{"a": [1, 2]}', edits: [{ offset: 7, length: 1, text: "1,," }] },
    { name: "the container changes kind", text: '{"a": [[1], 2]}', edits: [{ offset: 7, length: 1, text: "{" }] },
    { name: "an edit's text not in its place", text: '{"a": [1, 22]}', edits: [{ offset: 7, length: 1, text: "33" }], newText: '{"a": [1, 332]}' },
    { name: "lengths that do not add up", text: '{"a": [1, 2]}', edits: [{ offset: 7, length: 1, text: "3" }], newText: '{"a": [33, 2]}' },
  ];
  it.each(cases)("$name, leaving the tree as it was", ({ text, edits, newText }) => {
    const root = parse(text);
    expect(reparseAfterEdits(text, root, edits, newText ?? applyEditsToOriginal(text, edits))).toBeUndefined();
    expect(shape(root)).toEqual(shape(parse(text)));
  });

  it("changes the tree it is given, and gives that same tree back", () => {
    const root = parse(example);
    const result = setValue(example, [...item, "order_num"], "7", root);
    if (!result.ok) throw new Error(result.error);
    expect(reparseAfterEdits(example, root, result.edits, applyEditsToOriginal(example, result.edits))).toBe(root);
  });

  it("no edits keeps the very same tree", () => {
    const root = parse(example);
    expect(reparseAfterEdits(example, root, [], example)).toBe(root);
  });
});

describe("reparseAfterEdits on arbitrary JSON", () => {
  /** Every scalar value node (replacing one with another scalar keeps the JSON valid). */
  function scalars(node: JsonNode): JsonNode[] {
    if (node.type === "property") return scalars(node.children?.[1] as JsonNode);
    if (node.type === "object" || node.type === "array") return (node.children ?? []).flatMap(scalars);
    return [node];
  }
  const scalarLiteral = fc.oneof(
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
    fc.string().map((s) => JSON.stringify(s)),
    fc.constantFrom("true", "false", "null", "[]", "{}", '[1, {"x": 2}]'),
  );

  it("replacing scalars with any value gives the tree a full parse gives", () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter((v) => typeof v === "object" && v !== null),
        fc.array(fc.tuple(fc.nat(), scalarLiteral), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(0, 2),
        (value, picks, indent) => {
          const text = JSON.stringify(value, null, indent);
          const nodes = scalars(parse(text));
          if (nodes.length === 0) return;
          const chosen = new Map(picks.map(([n, literal]) => [nodes[n % nodes.length] as JsonNode, literal]));
          const edits = [...chosen].map(([node, literal]) => ({ offset: node.offset, length: node.length, text: literal }));
          const newText = applyEditsToOriginal(text, edits);
          const rebuilt = reparseAfterEdits(text, parse(text), edits, newText);
          // A scalar directly in the root has no container below the root: then "parse it all".
          if (rebuilt === undefined) return;
          expect(shape(rebuilt)).toEqual(shape(parse(newText)));
          expect(parentsConsistent(rebuilt)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
