import { describe, expect, it } from "vitest";
import { nodeAtPath, type JsonPath } from "../json/json-path";
import { parseJson } from "../json/parse-json";
import { containerLayout, type ContainerLayout } from "./container-layout";
import { documentLayout } from "./layout-style";

function layoutAt(text: string, path: JsonPath): ContainerLayout {
  const { root } = parseJson(text);
  const node = nodeAtPath(root, path);
  if (!root || !node) throw new Error("test body has no such container");
  return containerLayout(text, node, documentLayout(text, root));
}

describe("containerLayout", () => {
  it("reads a pretty object's indentation and separator", () => {
    const text = '{\n  "a": {\n    "x": 1,\n    "y": 2\n  }\n}';
    expect(layoutAt(text, ["a"])).toEqual({
      multiline: true,
      lineIndent: "  ",
      childIndent: "    ",
      separator: ",\n    ",
      childStyle: { multiline: true, indent: "    ", unit: "  ", newline: "\n", colon: ": ", comma: ", " },
    });
  });

  it("builds the separator of a one-entry object from its indentation", () => {
    expect(layoutAt('{\r\n\t"a": {\r\n\t\t"x":1\r\n\t}\r\n}', ["a"])).toMatchObject({
      multiline: true,
      childIndent: "\t\t",
      separator: ",\r\n\t\t",
      childStyle: { indent: "\t\t", unit: "\t", newline: "\r\n", colon: ":" },
    });
  });

  it.each([
    ['{"a":1}', ",", ":"],
    ['{ "a": 1 }', ", ", ": "],
    ['{"a":1,  "b":2}', ",  ", ":"],
  ])("one-line object %s: separator %j, colon %j", (text, separator, colon) => {
    expect(layoutAt(text, [])).toMatchObject({ multiline: false, separator, childStyle: { multiline: false, colon } });
  });

  it("keeps one-line items of a broken list on one line", () => {
    const text = '[\n  {"a": 1},\n  {"a": 2}\n]';
    expect(layoutAt(text, [])).toMatchObject({ multiline: true, childIndent: "  ", separator: ",\n  ", childStyle: { multiline: false } });
  });

  it("gives an empty container in a pretty body the next indentation level", () => {
    const text = '{\n    "a": {\n        "l": []\n    }\n}';
    expect(layoutAt(text, ["a", "l"])).toMatchObject({ multiline: true, lineIndent: "        ", childIndent: "            ", childStyle: { indent: "            ", unit: "    " } });
  });

  it("keeps an empty container of a compact body compact", () => {
    expect(layoutAt('{"a":[{"b":1,"l":[]}]}', ["a", 0, "l"])).toMatchObject({ multiline: false, childStyle: { multiline: false, colon: ":" } });
  });

  it("reads spacing from the first entry when the container itself has no evidence", () => {
    const text = '{"a" : [1, 2], "l": [{"x":1,"y":2}]}';
    expect(layoutAt(text, ["l"])).toMatchObject({ multiline: false, separator: ",", childStyle: { colon: ":", comma: "," } });
  });
});
