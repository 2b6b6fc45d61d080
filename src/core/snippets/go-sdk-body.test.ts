import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { bodySchema, type SchemaNode } from "../../endpoint/schema";
import { formatPath } from "../json/json-path";
import { goFieldName, goSdkBody, goSdkDroppedFields } from "./go-sdk-body";

/**
 * The SDK's published Go field names for this endpoint, copied from
 * rest/admin/v20260301/marketing/mass_sync_marketing_event_statistics.go (shopline-sdk-go):
 * the names the snippet derives from the schema must be exactly these.
 */
const sdkItemFields = [
  "ImpressionNum", "NewBuyerSum", "ProductSaleList", "CheckOutSum", "CustomActivityEngagementList", "OldBuyerSum",
  "HasDeliveryNum", "MarketingEventId", "OccurredOn", "RegionalVisitList", "OpenSum", "AddCartSum", "SpendCost",
  "BouncedNum", "PurchaseNum", "OrderNum", "OrderAmount", "UnsubscribedNum", "BenefitAmount", "ReportedAsSpamNum",
  "CustomSaleDataList", "OrderVisitorAmount", "GetUnitCost", "VisitorAmount", "ClickNum", "HasSendNum", "OrderProductSum",
];
const sdkListItemFields = {
  ProductSaleList: ["ProductId", "Count"],
  RegionalVisitList: ["Name", "Count"],
  CustomActivityEngagementList: ["Name", "ToolTips", "Type", "Value"],
  CustomSaleDataList: ["Name", "ToolTips", "Type", "Value"],
};

const item = (bodySchema.properties as Record<string, SchemaNode>).marketing_activity_datas!.items as SchemaNode;
const itemProperties = item.properties as Record<string, SchemaNode>;

describe("goFieldName against the SDK's published types", () => {
  it("derives every item field name the SDK uses, and no other", () => {
    expect(Object.keys(itemProperties).map(goFieldName).sort()).toEqual([...sdkItemFields].sort());
  });

  it("derives the list item type names and their fields", () => {
    for (const [name, schema] of Object.entries(itemProperties).filter(([, s]) => s.type === "array")) {
      const fields = Object.keys((schema.items as SchemaNode).properties as object).map(goFieldName).sort();
      expect(fields).toEqual([...sdkListItemFields[goFieldName(name) as keyof typeof sdkListItemFields]].sort());
    }
  });
});

describe("goSdkBody", () => {
  it("writes the documented example as SDK struct literals, int64 values as typed", () => {
    const body = goSdkBody(documentedExampleText);
    expect(body.ok).toBe(true);
    if (!body.ok) return;
    expect(body.lines[0]).toBe("&marketing.MassSyncMarketingEventStatisticsAPIReq{");
    expect(body.lines).toContain("\t\tMarketingActivityDatas: []marketing.MassSyncMarketingEventStatisticsAPIReqMarketingActivityData{");
    expect(body.lines).toContain("\t\t\t\tOldBuyerSum: 1001672246800000,");
    expect(body.lines).toContain("\t\t\t\tProductSaleList: []marketing.ProductSaleList{");
    expect(body.lines).toContain('\t\t\t\t\t\tProductId: "16062938070772167548642145",');
    expect(body.lines[body.lines.length - 1]).toBe("\t}");
    expect(body.dropped).toEqual([]);
  });

  it("keeps 2^63 − 1 exact", () => {
    const body = goSdkBody('{"marketing_activity_datas":[{"old_buyer_sum":9223372036854775807}]}');
    expect(body.ok && body.lines).toContain("\t\t\t\tOldBuyerSum: 9223372036854775807,");
  });

  it.each([
    ['{"marketing_activity_datas":[{"order_num":9223372036854775808}]}', "marketing_activity_datas[0].order_num: the SDK's field is int64; 9223372036854775808 does not fit it."],
    ['{"marketing_activity_datas":[{"order_num":1.5}]}', "marketing_activity_datas[0].order_num: the SDK's field is int64; 1.5 does not fit it."],
    ['{"marketing_activity_datas":[{"marketing_event_id":1}]}', "marketing_activity_datas[0].marketing_event_id: the SDK's field is a string."],
    ['{"marketing_activity_datas":{}}', "marketing_activity_datas: the SDK's field is a list."],
    ["[", "The body is not JSON."],
  ])("refuses %s", (text, problem) => {
    expect(goSdkBody(text)).toEqual({ ok: false, problems: [problem] });
  });
});

describe("goSdkDroppedFields", () => {
  it.each([
    ['{"marketing_activity_datas":[{"order_num":0,"click_num":1}]}', ["marketing_activity_datas[0].order_num"]],
    ['{"marketing_activity_datas":[{"order_num":-0}]}', ["marketing_activity_datas[0].order_num"]],
    ['{"marketing_activity_datas":[{"marketing_event_id":""}]}', ["marketing_activity_datas[0].marketing_event_id"]],
    ['{"marketing_activity_datas":[{"product_sale_list":[]}]}', ["marketing_activity_datas[0].product_sale_list"]],
    ['{"marketing_activity_datas":[{"regional_visit_list":[{"count":0,"name":"ua"}]}]}', ["marketing_activity_datas[0].regional_visit_list[0].count"]],
    ['{"marketing_activity_datas":[{"custom_sale_data_list":[{"type":0}]}]}', ["marketing_activity_datas[0].custom_sale_data_list[0].type"]],
    ['{"marketing_activity_datas":[{"open_sum":null}]}', ["marketing_activity_datas[0].open_sum"]],
    ['{"marketing_activity_datas":[]}', ["marketing_activity_datas"]],
    ['{"marketing_activity_datas":[{"order_num":100}]}', []],
  ])("%s → %j", (text, paths) => {
    expect(goSdkDroppedFields(text).map((d) => formatPath(d.path))).toEqual(paths);
  });

  it("names a field the SDK's structs do not have", () => {
    expect(goSdkDroppedFields('{"marketing_activity_datas":[{"extra":1}]}')).toEqual([{ path: ["marketing_activity_datas", 0, "extra"], reason: "unknown" }]);
  });

  it("finds every counter set to 0 in the documented example, and only those", () => {
    const counters = Object.keys(itemProperties).filter((name) => itemProperties[name]!.type === "integer");
    fc.assert(
      fc.property(fc.subarray(counters), (zeroed) => {
        let text = documentedExampleText;
        for (const name of zeroed) text = text.replace(new RegExp(`("${name}": )\\d+`), "$10");
        const found = goSdkDroppedFields(text).map((d) => formatPath(d.path));
        expect(found.sort()).toEqual(zeroed.map((name) => `marketing_activity_datas[0].${name}`).sort());
      }),
      { numRuns: 50 },
    );
  });
});
