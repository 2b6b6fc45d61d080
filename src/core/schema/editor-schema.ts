import type { SchemaNode } from "../../endpoint/schema";
import { describeType, enumOptions, isSchemaNode, itemsOf, propertiesOf } from "./schema-nav";
import { limitBreaks, proposedValue, publishedExample } from "./proposed-value";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The schema as Monaco's JSON language service should see it, derived from the one body schema:
 * hover and completion documentation that names the type, limits and example
 * (`markdownDescription`), and a snippet per list that inserts a whole item with every field.
 * Nothing here restates a field: it all comes from `schema`. Monaco offers a field's `examples`
 * as value completions and the snippet as a whole item, so both carry the app's proposals (the
 * examples adjusted to the limits); a published example that breaks a limit is only quoted in
 * the documentation, with why.
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
          body: proposedValue(items) as Json,
        },
      ];
    }
    out["items"] = decoratedItems;
  }
  const published = publishedExample(node);
  if (published !== undefined && node["type"] !== "object" && node["type"] !== "array") out["examples"] = [proposedValue(node) as Json];
  if (typeof node["description"] === "string") out["markdownDescription"] = documentation(node);
  const options = enumOptions(node);
  if (options.length > 0) out["markdownEnumDescriptions"] = options.map((o) => `**${o.value}** — ${o.label}`);
  return out;
}

function documentation(node: SchemaNode): string {
  const lines = [String(node["description"]), "", `*${describeType(node)}*`];
  const published = publishedExample(node);
  if (published !== undefined) {
    lines.push("", `Example: \`${JSON.stringify(proposedValue(node))}\``);
    const breaks = limitBreaks(published, node);
    if (breaks.length > 0) lines.push("", `Published example: \`${JSON.stringify(published)}\` — the page's own example breaks its documented limit (${breaks.join("; ")}).`);
  }
  return lines.join("\n");
}

export { isSchemaNode };
