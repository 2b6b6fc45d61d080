import { documentedExampleText } from "../src/endpoint/example";

/** The documented example with its one over-long custom name shortened: a body with no problems. */
export const validBody = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');

/** The token printed on the endpoint's page: store sl-open-sg, expired 2026-02-01. */
export const pageToken =
  "eyJhbGciOiJIUzUxMiJ9.eyJhcHBLZXkiOiJmMjM3OWQyMTYyOGMzM2QxMWRiMWZkYjY5N2EzZjdjMjZlNGMwYTA5Iiwic2VsbGVySWQiOiIyMDAwMjM0ODgwIiwic3RvcmVJZCI6IjE2NzIzNjk3Mjk2MDYiLCJ2ZXJzaW9uIjoiVjIiLCJkb21haW4iOiJodHRwczovL3NsLW9wZW4tc2cubXlzaG9wbGluZS5jb20iLCJ0aW1lc3RhbXAiOjE2NzUzMTk0OTI0MzksImlzcyI6Inlzb3VsIiwiZXhwIjoxNzY5OTI3NDkyfQ.UwQzomM2veGCUaOZ0paUxq5dpc7DXuhHYFvsQ_uIAKduzWcb_j2E4q_36El83sp145D4cKbpcE5KCeeIz-JNQw";

/** A marketing_event_id no other test run sends, to find this test's requests in a shared server's log. */
export function uniqueMarker(): string {
  return `MA_${Date.now()}_${Math.random().toString(36).slice(2)}`;
}
