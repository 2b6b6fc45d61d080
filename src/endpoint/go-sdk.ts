/**
 * SHOPLINE's official Go SDK (github.com/shoplineos/shopline-sdk-go) as it publishes this
 * endpoint: read from rest/admin/v20260301/marketing/mass_sync_marketing_event_statistics.go and
 * the client package. Its struct fields are the schema's fields in PascalCase (`tool_tips` →
 * `ToolTips`, `product_id` → `ProductId`), list item types are the list's name in PascalCase
 * (`ProductSaleList`), `long` is `int64`, the enum-like `type` is `int`, text is `string`; every
 * field is tagged `json:"…,omitempty"`. Only what cannot be derived from the schema is here.
 */
export const goSdk = {
  module: "github.com/shoplineos/shopline-sdk-go",
  clientImport: "github.com/shoplineos/shopline-sdk-go/client",
  /** The package holding this endpoint's types, per API version. */
  packageImportTemplate: "github.com/shoplineos/shopline-sdk-go/rest/admin/{version}/marketing",
  packageName: "marketing",
  /** API versions the SDK has a package for (its rest/admin/ folders). */
  versions: ["v20251201", "v20260301"],
  requestType: "MassSyncMarketingEventStatisticsAPIReq",
  /** The item type of the body's one top-level list (not derived from the list's name). */
  rootItemType: "MassSyncMarketingEventStatisticsAPIReqMarketingActivityData",
  /** The response struct's field for `sucess_count`. */
  responseCountField: "SucessCount",
} as const;
