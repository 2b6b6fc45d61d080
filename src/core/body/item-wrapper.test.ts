import { describe, expect, it } from "vitest";
import { itemWrapperOffset, wrapItem } from "./item-wrapper";

describe("wrapItem", () => {
  it("makes a body holding just the item, the item starting itemWrapperOffset in", () => {
    const item = '{"order_num": 1}';
    const wrapped = wrapItem(item);
    expect(JSON.parse(wrapped)).toEqual({ marketing_activity_datas: [{ order_num: 1 }] });
    expect(wrapped.slice(itemWrapperOffset, itemWrapperOffset + item.length)).toBe(item);
  });
});
