import { itemFields } from "../../endpoint/item-fields";

/**
 * Every item field the preview reads, with the words a report uses for it. The one place the
 * preview names fields: preview-fields.test.ts asserts each name against the schema, so a rename
 * there fails the build instead of silently showing "—".
 * Names the endpoint checks already use come from `itemFields`.
 */
export const previewFields = {
  id: itemFields.id,
  occurredOn: itemFields.occurredOn,
  customLists: [
    { key: "engagement", title: "Custom engagement", field: itemFields.customLists[0] },
    { key: "sales", title: "Custom sales data", field: itemFields.customLists[1] },
  ],
  custom: { name: "name", toolTips: "tool_tips", type: itemFields.customType, value: itemFields.customValue },
  rankings: [
    { key: "products", title: "Product sales", field: "product_sale_list", name: "product_id", count: "count" },
    { key: "regions", title: "Regional visits", field: "regional_visit_list", name: "name", count: "count" },
  ],
} as const;

interface CounterSpec {
  readonly label: string;
  readonly field: string;
}

/** A rate computed from two counters of the same item: part / whole. */
interface RateSpec {
  readonly label: string;
  readonly part: string;
  readonly whole: string;
}

export interface CounterGroupSpec {
  readonly key: "reach" | "funnel" | "spend" | "orders" | "messages";
  readonly title: string;
  readonly counters: readonly CounterSpec[];
  readonly rates: readonly RateSpec[];
}

/** The item's counters as a report groups them; each `long` of an item is in exactly one group. */
export const counterGroups: readonly CounterGroupSpec[] = [
  {
    key: "reach",
    title: "Reach",
    counters: [
      { label: "Impressions", field: itemFields.impressions },
      { label: "Clicks", field: itemFields.clicks },
      { label: "Visitors", field: "visitor_amount" },
    ],
    rates: [{ label: "Click-through rate", part: itemFields.clicks, whole: itemFields.impressions }],
  },
  {
    key: "funnel",
    title: "Funnel",
    counters: [
      { label: "Added to cart", field: "add_cart_sum" },
      { label: "Checkouts", field: itemFields.checkouts },
      { label: "Orders", field: itemFields.orders },
    ],
    rates: [
      { label: "Cart → checkout", part: itemFields.checkouts, whole: "add_cart_sum" },
      { label: "Checkout → order", part: itemFields.orders, whole: itemFields.checkouts },
    ],
  },
  {
    key: "spend",
    title: "Spend",
    counters: [
      { label: "Marketing cost", field: "spend_cost" },
      { label: "Discount amount", field: "benefit_amount" },
      { label: "Unit cost", field: "get_unit_cost" },
    ],
    rates: [],
  },
  {
    key: "orders",
    title: "Orders and buyers",
    counters: [
      { label: "Sales", field: "order_amount" },
      { label: "Purchases", field: "purchase_num" },
      { label: "Products ordered", field: "order_product_sum" },
      { label: "Ordering users", field: "order_visitor_amount" },
      { label: "New buyers", field: "new_buyer_sum" },
      { label: "Returning buyers", field: "old_buyer_sum" },
    ],
    rates: [],
  },
  {
    key: "messages",
    title: "Messages",
    counters: [
      { label: "Sent", field: itemFields.sent },
      { label: "Delivered", field: "has_delivery_num" },
      { label: "Opened", field: "open_sum" },
      { label: "Bounced", field: itemFields.bounced },
      { label: "Unsubscribed", field: "unsubscribed_num" },
      { label: "Reported as spam", field: "reported_as_spam_num" },
    ],
    rates: [],
  },
];
