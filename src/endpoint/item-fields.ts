/**
 * The item fields that code outside the schema names: the endpoint-specific checks, the item
 * preview, the form and the docs. Every name is asserted against the schema in
 * item-fields.test.ts, so a rename in the schema fails the build instead of silently disabling
 * a check or showing "—".
 */
export const itemFields = {
  id: "marketing_event_id",
  occurredOn: "occurred_on",
  // Reach
  impressions: "impression_num",
  clicks: "click_num",
  visitors: "visitor_amount",
  // Funnel
  addedToCart: "add_cart_sum",
  checkouts: "check_out_sum",
  orders: "order_num",
  // Spend
  spendCost: "spend_cost",
  benefitAmount: "benefit_amount",
  unitCost: "get_unit_cost",
  // Orders and buyers
  orderAmount: "order_amount",
  purchases: "purchase_num",
  orderProducts: "order_product_sum",
  orderVisitors: "order_visitor_amount",
  newBuyers: "new_buyer_sum",
  oldBuyers: "old_buyer_sum",
  // Messages
  sent: "has_send_num",
  delivered: "has_delivery_num",
  opened: "open_sum",
  bounced: "bounced_num",
  unsubscribed: "unsubscribed_num",
  reportedAsSpam: "reported_as_spam_num",
  /** Lists of `{ name, tool_tips, type, value }` entries. */
  customLists: ["custom_activity_engagement_list", "custom_sale_data_list"],
  customName: "name",
  customToolTips: "tool_tips",
  customType: "type",
  customValue: "value",
  /** Lists of `{ product_id, count }` and `{ name, count }` entries. */
  productSales: "product_sale_list",
  productId: "product_id",
  regionalVisits: "regional_visit_list",
  regionName: "name",
  rankingCount: "count",
} as const;

/** The list that holds the items. */
export const itemsListField = "marketing_activity_datas";

/** Pairs of counters where the first usually does not exceed the second (an assumption, see rules.ts). */
export const counterBounds = [
  { part: itemFields.clicks, whole: itemFields.impressions, why: "more clicks than impressions" },
  { part: itemFields.orders, whole: itemFields.checkouts, why: "more orders than checkouts" },
  { part: itemFields.bounced, whole: itemFields.sent, why: "more bounced than sent" },
] as const;

/** Codes of the custom lists' `type` enum (labels come from the schema's enumDescriptions). */
export const customValueType = { amount: 1, percent: 2, numerical: 3 } as const;
