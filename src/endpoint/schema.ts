/**
 * The request body of "Bulk sync marketing event statistics", written from the endpoint's
 * reference page (descriptions and examples as published, field order as published).
 *
 * This is the one schema of the product: Monaco, the validator, the form, the sandbox, the docs
 * panel and the exports all read it. Nothing else restates a field name, a limit or an enum.
 *
 * Conventions:
 * - `long` on the page → `{ type: "integer", format: "int64" }`. The signed 64-bit range is
 *   checked from the literal text (see `core/validation/int64.ts`); it is not written as
 *   `minimum`/`maximum` because ±2^63 cannot be written exactly as a JavaScript number.
 * - `enumDescriptions` labels enum values (Monaco shows them in completion and hover).
 * - Nothing is `required`: the page marks no field as required.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON Schema node as this project writes them (a plain JSON object). */
export type SchemaNode = { readonly [key: string]: Json };

function long(description: string, example: number): SchemaNode {
  return { type: "integer", format: "int64", description, examples: [example] };
}

function text(description: string, example: string, maxLength?: number): SchemaNode {
  return maxLength === undefined
    ? { type: "string", description, examples: [example] }
    : { type: "string", description, maxLength, examples: [example] };
}

function list(description: string, items: SchemaNode, maxItems?: number): SchemaNode {
  return maxItems === undefined
    ? { type: "array", description, items }
    : { type: "array", description, maxItems, items };
}

/** The two custom lists share one item shape; only the page's examples differ. */
function customDataItem(example: { name: string; tool_tips: string; type: number; value: string }): SchemaNode {
  return {
    type: "object",
    properties: {
      name: text("Name, maximum 20 characters", example.name, 20),
      tool_tips: text("Tool tips, maximum 30 characters", example.tool_tips, 30),
      type: {
        type: "integer",
        description: "Value type, 1-amount; 2-percent; 3-numerical",
        enum: [1, 2, 3],
        enumDescriptions: ["amount", "percent", "numerical"],
        examples: [example.type],
      },
      value: text("Value", example.value),
    },
  };
}

const marketingActivityData: SchemaNode = {
  type: "object",
  properties: {
    order_num: long("Order qty", 100),
    visitor_amount: long("Number of visitors", 100),
    order_amount: long("Sales", 100),
    occurred_on: {
      type: "integer",
      format: "int64",
      description: "Time to happen , standard 13- digit stamp (milliseconds since the Unix epoch)",
      minimum: 1000000000000,
      maximum: 9999999999999,
      examples: [1672246800000],
    },
    impression_num: long("Exposure number , refers to the number of displays", 100),
    new_buyer_sum: long("New guest number", 100),
    product_sale_list: list("Product sale ranking", {
      type: "object",
      properties: {
        product_id: text("Product id", "16062938070772167548642145"),
        count: long("Product sale", 100),
      },
    }),
    unsubscribed_num: long("Unsubscribed num", 100),
    check_out_sum: long("Checkout number", 100),
    click_num: long("Click count", 100),
    custom_activity_engagement_list: list(
      "Custom activity engagement, max size =5",
      customDataItem({
        name: "FackbookOrderConversionRate",
        tool_tips: "Fackboo order conversion rate",
        type: 2,
        value: "0.09",
      }),
      5,
    ),
    old_buyer_sum: long("Number of old buyer", 1001672246800000),
    regional_visit_list: list(
      "Regional visit ranking, max size=5",
      {
        type: "object",
        properties: {
          count: long("Regional visit", 100),
          name: text("Regional name, maximum 200 characters", "ua", 200),
        },
      },
      5,
    ),
    benefit_amount: long("Discount amount", 100),
    has_delivery_num: long("Number of deliveries", 100),
    marketing_event_id: text("Id for marketing events", "MA_12323312324"),
    open_sum: long("Number of open", 100),
    reported_as_spam_num: long("Reported as spam num", 100),
    add_cart_sum: long("Additional purchase number", 100),
    custom_sale_data_list: list(
      "custom sale data, max size =5",
      customDataItem({
        name: "FackbookOrderCount",
        tool_tips: "Order from Fackbook count",
        type: 3,
        value: "100",
      }),
      5,
    ),
    spend_cost: long("Marketing cost", 100),
    has_send_num: long("Number of send", 100),
    order_product_sum: long("Order Product total number", 100),
    bounced_num: long("Bounced num", 100),
    order_visitor_amount: long("Number of users ordered", 100),
    purchase_num: long("Number of purchases", 100),
    get_unit_cost: long("Get unit cost", 100),
  },
};

/** JSON Schema (draft-07) of the request body. */
export const bodySchema: SchemaNode = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://sync-data-playground.local/schemas/v20260301/sync_data.request.json",
  title: "Bulk sync marketing event statistics — request body",
  type: "object",
  // Not `required`, no `minItems`: the page marks nothing required. An empty or missing list is
  // a warning (rule "nothing-to-sync" in rules.ts), an assumption, not a documented error.
  properties: {
    marketing_activity_datas: {
      type: "array",
      description: "Marketing event data, statistical data is full data",
      items: marketingActivityData,
    },
  },
};

/** Keywords our schema uses beyond JSON Schema's own, declared so strict validators accept them. */
export const schemaExtensionKeywords = ["enumDescriptions", "defaultSnippets", "markdownDescription"] as const;
