import { itemFields } from "../../endpoint/item-fields";

/**
 * Every item field the preview reads, with the words a report uses for it. The names are the
 * endpoint's vocabulary (`itemFields`); preview-fields.test.ts checks that the groups show every
 * counter of an item exactly once.
 */
export const previewFields = {
  id: itemFields.id,
  occurredOn: itemFields.occurredOn,
  customLists: [
    { key: "engagement", title: "Custom engagement", field: itemFields.customLists[0] },
    { key: "sales", title: "Custom sales data", field: itemFields.customLists[1] },
  ],
  custom: { name: itemFields.customName, toolTips: itemFields.customToolTips, type: itemFields.customType, value: itemFields.customValue },
  rankings: [
    { key: "products", title: "Product sales", field: itemFields.productSales, name: itemFields.productId, count: itemFields.rankingCount },
    { key: "regions", title: "Regional visits", field: itemFields.regionalVisits, name: itemFields.regionName, count: itemFields.rankingCount },
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
      { label: "Visitors", field: itemFields.visitors },
    ],
    rates: [{ label: "Click-through rate", part: itemFields.clicks, whole: itemFields.impressions }],
  },
  {
    key: "funnel",
    title: "Funnel",
    counters: [
      { label: "Added to cart", field: itemFields.addedToCart },
      { label: "Checkouts", field: itemFields.checkouts },
      { label: "Orders", field: itemFields.orders },
    ],
    rates: [
      { label: "Cart → checkout", part: itemFields.checkouts, whole: itemFields.addedToCart },
      { label: "Checkout → order", part: itemFields.orders, whole: itemFields.checkouts },
    ],
  },
  {
    key: "spend",
    title: "Spend",
    counters: [
      { label: "Marketing cost", field: itemFields.spendCost },
      { label: "Discount amount", field: itemFields.benefitAmount },
      { label: "Unit cost", field: itemFields.unitCost },
    ],
    rates: [],
  },
  {
    key: "orders",
    title: "Orders and buyers",
    counters: [
      { label: "Sales", field: itemFields.orderAmount },
      { label: "Purchases", field: itemFields.purchases },
      { label: "Products ordered", field: itemFields.orderProducts },
      { label: "Ordering users", field: itemFields.orderVisitors },
      { label: "New buyers", field: itemFields.newBuyers },
      { label: "Returning buyers", field: itemFields.oldBuyers },
    ],
    rates: [],
  },
  {
    key: "messages",
    title: "Messages",
    counters: [
      { label: "Sent", field: itemFields.sent },
      { label: "Delivered", field: itemFields.delivered },
      { label: "Opened", field: itemFields.opened },
      { label: "Bounced", field: itemFields.bounced },
      { label: "Unsubscribed", field: itemFields.unsubscribed },
      { label: "Reported as spam", field: itemFields.reportedAsSpam },
    ],
    rates: [],
  },
];
