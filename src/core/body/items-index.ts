import { locatePaths, pathKey } from "../json/locate";
import { skipSpace, skipValue } from "../json/text-cursor";
import { itemsListField } from "../../endpoint/item-fields";

/** Where each item of `marketing_activity_datas` sits in the body text. */
export interface ItemSpan {
  readonly offset: number;
  readonly length: number;
}

/**
 * The spans of the body's items, in one pass over the list and without parsing anything, so a
 * preview can parse just the item it shows (a 9 MB body holds ~6,000). Undefined when the body
 * has no items list. The text is expected to be JSON (JSON.parse accepted it); on other text the
 * spans are a best guess, and parsing the item's slice says whether it is an item.
 */
export function indexItems(text: string): ItemSpan[] | undefined {
  let list;
  try {
    list = locatePaths(text, [[itemsListField]]).get(pathKey([itemsListField]));
  } catch {
    // locatePaths decodes escaped keys with JSON.parse, which throws on text that is not JSON.
    return undefined;
  }
  if (!list || text.charCodeAt(list.offset) !== 91 /* [ */) return undefined;
  const end = list.offset + list.length;
  const spans: ItemSpan[] = [];
  let i = skipSpace(text, list.offset + 1);
  while (i < end && text.charCodeAt(i) !== 93 /* ] */) {
    const itemEnd = skipValue(text, i);
    if (itemEnd <= i) break;
    spans.push({ offset: i, length: itemEnd - i });
    i = skipSpace(text, itemEnd);
    if (text.charCodeAt(i) !== 44 /* , */) break;
    i = skipSpace(text, i + 1);
  }
  return spans;
}
