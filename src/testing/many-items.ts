import { documentedExampleText } from "../endpoint/example";

/**
 * A body of `count` items in the documented example's layout, each item the example's with its
 * own `marketing_event_id` and `occurred_on`, for tests and benchmarks of large bodies.
 * Built by text so that the layout is the page's (2-space indent) and nothing is re-serialised.
 */
export function makeManyItemsBody(count: number): string {
  const open = documentedExampleText.indexOf("[") + 1;
  const close = documentedExampleText.lastIndexOf("]");
  const item = documentedExampleText.slice(open, close).replace(/^\n/, "").replace(/\n\s*$/, "");
  const items: string[] = [];
  for (let i = 0; i < count; i++) {
    items.push(
      item
        .replace('"MA_12323312324"', `"MA_${12323312324 + i}"`)
        .replace("1672246800000", String(1672246800000 + i * 60_000)),
    );
  }
  return `${documentedExampleText.slice(0, open)}\n${items.join(",\n")}\n  ${documentedExampleText.slice(close)}`;
}
