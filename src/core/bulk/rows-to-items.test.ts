import { describe, expect, it } from "vitest";
import { mapColumns } from "./column-mapping";
import { parseDelimited } from "./delimited-text";
import fc from "fast-check";
import { bodyWithItems, compilePlan, placeGenerally, rowsToItems, writeRow } from "./rows-to-items";
import type { ColumnMapping } from "./column-mapping";
import { validateBody } from "../validation/validate-body";

const utc = { timezoneOffset: 0 };

function importCsv(text: string) {
  const [header = [], ...rows] = parseDelimited(text);
  return rowsToItems(rows, mapColumns(header), utc);
}

describe("rowsToItems", () => {
  it("builds items with exact longs, omitted empty cells and nested lists", () => {
    const csv = [
      "marketing_event_id,order_num,occurred_on,product_sale_list[0].product_id,product_sale_list[0].count,product_sale_list[1].product_id",
      "MA_1,9223372036854775807,2022-12-28T17:00:00Z,16062938070772167548642145,3,P2",
      "MA_2,,1672246800000,,,",
    ].join("\r\n");
    expect(importCsv(csv)).toEqual({
      items: [
        '{"marketing_event_id":"MA_1","order_num":9223372036854775807,"occurred_on":1672246800000,"product_sale_list":[{"product_id":"16062938070772167548642145","count":3},{"product_id":"P2"}]}',
        '{"marketing_event_id":"MA_2","occurred_on":1672246800000}',
      ],
      problems: [],
    });
  });

  it("takes a list from a cell holding JSON", () => {
    const csv = 'regional_visit_list\n"[{""name"":""ua"",""count"":1}]"\n';
    expect(importCsv(csv).items).toEqual(['{"regional_visit_list":[{"name":"ua","count":1}]}']);
  });

  it("reports each bad cell with its row and column, and skips unmapped columns and blank rows", () => {
    const csv = "order_num,notes,click_num\n1.5,hello,2\n\nx,,3\n";
    expect(importCsv(csv)).toEqual({
      items: ['{"click_num":2}', '{"click_num":3}'],
      problems: [
        { row: 1, column: "order_num", message: '"1.5" is not a whole number' },
        { row: 3, column: "order_num", message: '"x" is not a whole number' },
      ],
    });
  });

  it("writes a body the validator accepts", () => {
    const body = bodyWithItems(importCsv("marketing_event_id,occurred_on\nMA_1,1672246800000\n").items);
    expect(body).toBe('{\n  "marketing_activity_datas": [\n    {"marketing_event_id":"MA_1","occurred_on":1672246800000}\n  ]\n}\n');
    expect(validateBody(body, { nowMs: 1672246800000 }).errors).toBe(0);
  });
});

describe("the compiled shape (the fast path)", () => {
  const paths = [
    ["marketing_event_id"],
    ["order_num"],
    ["occurred_on"],
    ["product_sale_list", 0, "product_id"],
    ["product_sale_list", 0, "count"],
    ["product_sale_list", 2, "product_id"],
    ["product_sale_list", 1, "count"],
    ["regional_visit_list", 0, "name"],
    ["product_sale_list"],
  ] as const;

  it("writes every row exactly as the general placement does, in every column order and with any cells empty", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...paths), { minLength: 1, maxLength: 8 }), fc.array(fc.array(fc.option(fc.constantFrom("1", '"x"', "[2]"), { nil: undefined }), { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 5 }), (columns, rows) => {
        const mapping: ColumnMapping[] = columns.map((path, i) => ({ column: `c${i}`, path: [...path], match: "exact" }));
        const plan = compilePlan(mapping, mapping.map(() => ({})));
        const collides = new Set(columns.map((p) => p.join("."))).size < columns.length || (columns.some((p) => p.length === 1 && p[0] === "product_sale_list") && columns.some((p) => p.length > 1 && p[0] === "product_sale_list"));
        expect(plan === undefined).toBe(collides);
        if (!plan) return;
        for (const values of rows) expect(writeRow(plan, values.slice(0, columns.length))).toBe(placeGenerally(mapping, values.slice(0, columns.length)));
      }),
    );
  });
});
