import type { SchemaNode } from "../../endpoint/schema";
import { describeType, enumOptions, isSchemaNode, itemsOf, propertiesOf } from "./schema-nav";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The schema as Monaco's JSON language service should see it, derived from the one body schema:
 * hover and completion documentation that names the type, limits and example
 * (`markdownDescription`), and a snippet per list that inserts a whole item with every field.
 * Nothing here restates a field: it all comes from `schema`.
 */
export function makeEditorSchema(schema: SchemaNode): SchemaNode {
  return decorate(schema, undefined) as SchemaNode;
}

function decorate(node: SchemaNode, name: string | undefined): Json {
  const out: { [key: string]: Json } = { ...(node as { [key: string]: Json }) };
  const properties = propertiesOf(node);
  if (Object.keys(properties).length > 0) {
    out["properties"] = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, decorate(child, key)]));
  }
  const items = itemsOf(node);
  if (items) {
    const decoratedItems = decorate(items, undefined) as { [key: string]: Json };
    if (items["type"] === "object") {
      decoratedItems["defaultSnippets"] = [
        {
          label: `New ${name ?? "item"} item`,
          description: `Insert an item of ${name ?? "the list"} with every documented field, filled from the examples`,
          body: exampleOf(items),
        },
      ];
    }
    out["items"] = decoratedItems;
  }
  if (typeof node["description"] === "string") out["markdownDescription"] = documentation(node);
  const options = enumOptions(node);
  if (options.length > 0) out["markdownEnumDescriptions"] = options.map((o) => `**${o.value}** — ${o.label}`);
  return out;
}

function documentation(node: SchemaNode): string {
  const example = Array.isArray(node["examples"]) ? node["examples"][0] : undefined;
  const lines = [String(node["description"]), "", `*${describeType(node)}*`];
  if (example !== undefined) lines.push("", `Example: \`${JSON.stringify(example)}\``);
  return lines.join("\n");
}

/** A value built from the schema's examples: every property, lists with one example item. */
export function exampleOf(node: SchemaNode): Json {
  const type = node["type"];
  if (type === "object") {
    return Object.fromEntries(Object.entries(propertiesOf(node)).map(([key, child]) => [key, exampleOf(child)]));
  }
  if (type === "array") {
    const items = itemsOf(node);
    return items ? [exampleOf(items)] : [];
  }
  const examples = node["examples"];
  if (Array.isArray(examples) && examples.length > 0) return examples[0] as Json;
  return type === "string" ? "" : type === "integer" || type === "number" ? 0 : null;
}

export { isSchemaNode };
