/**
 * Every value the app proposes passes the app's own checks: the form's "Add item" (every list)
 * and "Add field" (every field), the editor's whole-item snippets, the values Monaco offers in
 * completion (the editor schema's `examples` and enums) and the docs panel's "Example" line.
 */
import { describe, expect, it } from "vitest";
import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { fieldDocs } from "../docs/field-docs";
import { addField } from "../form/add-field";
import { addListItem } from "../form/list-edits";
import { objectFieldsAt } from "../form/schema-fields";
import { applyEditsToOriginal } from "../text/text-edit";
import type { JsonPath } from "../json/json-path";
import { validateBody } from "../validation/validate-body";
import { makeEditorSchema } from "./editor-schema";
import { proposedValue } from "./proposed-value";
import { itemsOf, propertiesOf, schemaAt } from "./schema-nav";

const nowMs = Date.UTC(2026, 0, 1);
const problemsOf = (text: string) => validateBody(text, { nowMs }).problems.map((p) => `${p.severity} ${p.pathText}: ${p.message}`);

/** Every path the schema documents, list items at index 0. */
function schemaPaths(schema: SchemaNode, path: JsonPath = []): JsonPath[] {
  const items = itemsOf(schema);
  const below = items
    ? schemaPaths(items, [...path, 0])
    : Object.entries(propertiesOf(schema)).flatMap(([name, child]) => schemaPaths(child, [...path, name]));
  return [path, ...below];
}

/** The app's proposed body (one item, every field) with the value at `path` replaced. */
function bodyWith(path: JsonPath, value: unknown): string {
  const body = JSON.parse(JSON.stringify(proposedValue(bodySchema))) as Record<string | number, unknown>;
  let holder: Record<string | number, unknown> = body;
  path.slice(0, -1).forEach((segment) => (holder = holder[segment] as Record<string | number, unknown>));
  const last = path[path.length - 1];
  if (last === undefined) return JSON.stringify(value);
  holder[last] = value;
  return JSON.stringify(body, null, 2);
}

const paths = schemaPaths(bodySchema);
const listPaths = paths.filter((path) => schemaAt(bodySchema, path)?.["type"] === "array");

describe("every proposal passes the validator", () => {
  it("walks the whole schema", () => {
    expect(listPaths.map((p) => p.join("."))).toEqual([
      "marketing_activity_datas",
      "marketing_activity_datas.0.product_sale_list",
      "marketing_activity_datas.0.custom_activity_engagement_list",
      "marketing_activity_datas.0.regional_visit_list",
      "marketing_activity_datas.0.custom_sale_data_list",
    ]);
  });

  it("the body proposed as a whole", () => {
    expect(problemsOf(JSON.stringify(proposedValue(bodySchema)))).toEqual([]);
  });

  it("form: Add item in every list, top-level and nested", () => {
    let text = '{\n  "marketing_activity_datas": []\n}';
    for (const list of listPaths) {
      const added = addListItem(text, list);
      if (!added.ok) throw new Error(added.error);
      text = applyEditsToOriginal(text, added.edits);
      expect(problemsOf(text), list.join(".")).toEqual([]);
    }
  });

  it("form: Add field, every field of every object", () => {
    let text = '{"marketing_activity_datas": [{}]}';
    const objects = paths.filter((path) => path.length > 0 && schemaAt(bodySchema, path)?.["type"] === "object");
    for (const objectPath of objects) {
      for (const field of objectFieldsAt(objectPath) ?? []) {
        // A nested list added with Add field brings its proposed item; its fields are then there already.
        const added = addField(text, objectPath, field.name);
        if (added.ok) text = applyEditsToOriginal(text, added.edits);
        else expect(added.error).toMatch(/already there/);
      }
    }
    expect(problemsOf(text)).toEqual([]);
    expect(text).toContain('"custom_activity_engagement_list"');
  });

  it("editor: the whole-item snippet of every list", () => {
    const editorSchema = makeEditorSchema(bodySchema);
    const snippetPaths = paths.filter((path) => Array.isArray(schemaAt(editorSchema, path)?.["defaultSnippets"]));
    expect(snippetPaths).toHaveLength(listPaths.length);
    for (const path of snippetPaths) {
      for (const snippet of schemaAt(editorSchema, path)?.["defaultSnippets"] as { body: unknown }[]) {
        expect(problemsOf(bodyWith(path, snippet.body)), path.join(".")).toEqual([]);
      }
    }
  });

  it("editor: every value completion (examples and enum values)", () => {
    const editorSchema = makeEditorSchema(bodySchema);
    let offered = 0;
    for (const path of paths) {
      const node = schemaAt(editorSchema, path);
      for (const value of (node?.["examples"] as unknown[] | undefined) ?? []) {
        offered++;
        expect(problemsOf(bodyWith(path, value)), `${path.join(".")} = ${JSON.stringify(value)}`).toEqual([]);
      }
      // Any documented enum value is allowed; one may still draw a warning about how it goes with
      // a neighbour's value (a "percent" type with the value "100"), which is no fault of the value.
      for (const value of (node?.["enum"] as unknown[] | undefined) ?? []) {
        offered++;
        expect(problemsOf(bodyWith(path, value)).filter((p) => p.startsWith("error")), `${path.join(".")} = ${JSON.stringify(value)}`).toEqual([]);
      }
    }
    expect(offered).toBeGreaterThan(30);
  });

  it("docs: every field's Example line", () => {
    let shown = 0;
    for (const path of paths) {
      const example = fieldDocs(path)?.example;
      if (example === undefined) continue;
      shown++;
      expect(problemsOf(bodyWith(path, JSON.parse(example))), `${path.join(".")} = ${example}`).toEqual([]);
    }
    expect(shown).toBeGreaterThan(30);
  });
});
