import { describe, expect, it } from "vitest";
import { mapColumn } from "./column-mapping";

describe("mapColumn", () => {
  it.each([
    ["order_num", ["order_num"], "exact"],
    ["product_sale_list[0].product_id", ["product_sale_list", 0, "product_id"], "exact"],
    ["Order Num", ["order_num"], "loose"],
    ["ORDER-NUM", ["order_num"], "loose"],
    ["Product Sale List[1].Product ID", ["product_sale_list", 1, "product_id"], "loose"],
  ])("%j → %j (%s)", (column, path, match) => {
    expect(mapColumn(column)).toEqual({ column, path, match });
  });

  it("suggests the field a misspelt column likely means", () => {
    expect(mapColumn("oder_num")).toEqual({ column: "oder_num", path: undefined, match: "none", suggestion: "order_num" });
  });

  it("leaves a column the schema does not know unmapped", () => {
    expect(mapColumn("campaign notes")).toEqual({ column: "campaign notes", path: undefined, match: "none" });
    expect(mapColumn("product_sale_list.product_id").path).toBeUndefined();
  });
});
