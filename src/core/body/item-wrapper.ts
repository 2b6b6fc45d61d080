import { itemsListField } from "../../endpoint/item-fields";

const head = `{"${itemsListField}":[`;

/**
 * One item's text wrapped as a body holding just that item, so whole-body code (the validator,
 * path lookups) treats it exactly as in the body, at index 0. A position in the item is
 * `itemWrapperOffset` further on in the wrapped text.
 * @example wrapItem('{"order_num": 1}') // → '{"marketing_activity_datas":[{"order_num": 1}]}'
 */
export function wrapItem(itemText: string): string {
  return `${head}${itemText}]}`;
}

export const itemWrapperOffset = head.length;
