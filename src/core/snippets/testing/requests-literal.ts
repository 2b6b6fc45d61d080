/** Test helper: a hand-written prepared request, for exact-string tables. */
import type { Header, PreparedRequest } from "../../request/build-request";

export const sampleUrl = "https://open001.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json";

export const sampleHeaders: readonly Header[] = [
  ["Authorization", "Bearer tok"],
  ["Content-Type", "application/json; charset=utf-8"],
  ["accept", "application/json"],
];

export function preparedRequest(body: string, overrides: Partial<PreparedRequest> = {}): PreparedRequest {
  return { method: "POST", url: sampleUrl, headers: sampleHeaders, body, hasToken: true, ...overrides };
}
