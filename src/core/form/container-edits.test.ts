import { describe, expect, it } from "vitest";
import { nodeAtPath } from "../json/json-path";
import { parseJson, type JsonNode } from "../json/parse-json";
import { insertEntry, removeEntry } from "./container-edits";
import { containerLayout } from "./container-layout";
import { documentLayout } from "./layout-style";
import { applyEditsToOriginal } from "../text/text-edit";

function containerOf(text: string): { root: JsonNode; list: JsonNode } {
  const { root } = parseJson(text);
  const list = nodeAtPath(root, ["l"]);
  if (!root || !list) throw new Error("test body has no l");
  return { root, list };
}

function insert(text: string, index: number, entry: string): string {
  const { root, list } = containerOf(text);
  return applyEditsToOriginal(text, [insertEntry(list, index, entry, containerLayout(text, list, documentLayout(text, root)))]);
}

function remove(text: string, index: number): string {
  const edit = removeEntry(containerOf(text).list, index);
  return edit ? applyEditsToOriginal(text, [edit]) : "(nothing)";
}

describe("insertEntry", () => {
  it.each([
    ["at the end", '{"l": [1, 2]}', 2, "3", '{"l": [1, 2, 3]}'],
    ["at the start", '{"l": [1, 2]}', 0, "0", '{"l": [0, 1, 2]}'],
    ["in the middle", '{"l": [1, 3]}', 1, "2", '{"l": [1, 2, 3]}'],
    ["after the only entry, pretty", '{\n  "l": [\n    1\n  ]\n}', 1, "2", '{\n  "l": [\n    1,\n    2\n  ]\n}'],
    ["before the only entry, pretty", '{\n  "l": [\n    1\n  ]\n}', 0, "0", '{\n  "l": [\n    0,\n    1\n  ]\n}'],
    ["into an empty list, pretty", '{\n  "l": []\n}', 0, "1", '{\n  "l": [\n    1\n  ]\n}'],
    ["into an empty list holding spaces", '{\n  "l": [ ]\n}', 0, "1", '{\n  "l": [\n    1\n  ]\n}'],
    ["into an empty list, compact", '{"l":[],"m":[1,2]}', 0, "1", '{"l":[1],"m":[1,2]}'],
  ])("%s", (_name, text, index, entry, after) => {
    expect(insert(text, index, entry)).toBe(after);
  });
});

describe("removeEntry", () => {
  it.each([
    ["the first, with the comma after it", '{"l": [1, 2, 3]}', 0, '{"l": [2, 3]}'],
    ["a middle one", '{"l": [1, 2, 3]}', 1, '{"l": [1, 3]}'],
    ["the last, with the comma before it", '{"l": [1, 2, 3]}', 2, '{"l": [1, 2]}'],
    ["the last of a pretty list, no blank line left", '{\n  "l": [\n    1,\n    2\n  ]\n}', 1, '{\n  "l": [\n    1\n  ]\n}'],
    ["the only one", '{\n  "l": [\n    1\n  ]\n}', 0, '{\n  "l": []\n}'],
    ["one that does not exist", '{"l": [1]}', 3, "(nothing)"],
  ])("%s", (_name, text, index, after) => {
    expect(remove(text, index)).toBe(after);
  });
});
