/**
 * The item fields the endpoint-specific checks reason about. Their names are asserted against
 * the schema in item-fields.test.ts, so a rename in the schema fails the build instead of
 * silently disabling a check.
 */
export const itemFields = {
  id: "marketing_event_id",
  occurredOn: "occurred_on",
  impressions: "impression_num",
  clicks: "click_num",
  checkouts: "check_out_sum",
  orders: "order_num",
  sent: "has_send_num",
  bounced: "bounced_num",
  customLists: ["custom_activity_engagement_list", "custom_sale_data_list"],
  customType: "type",
  customValue: "value",
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
