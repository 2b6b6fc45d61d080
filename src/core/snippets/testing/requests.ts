/** Test helper: prepared requests aimed at a local echo server, built by the real `buildRequest`. */
import { endpoint } from "../../../endpoint/descriptor";
import { documentedExampleText } from "../../../endpoint/example";
import { buildRequest, type PreparedRequest } from "../../request/build-request";

export function requestTo(origin: string, bodyText: string, token = "test-token"): PreparedRequest {
  const built = buildRequest({
    target: { kind: "custom", storeHandle: "", baseUrl: `${origin}/admin/openapi/${endpoint.version}` },
    token,
    bodyText,
  });
  if (!built.ok) throw new Error(built.error);
  return built.request;
}

/**
 * A body of `count` copies of the documented example's item, formatted like the example, so its
 * size is realistic: 1,000 items ≈ 1.2 MB, far above one shell argument's 128 KiB.
 */
export function manyItemsBody(count: number): string {
  const open = documentedExampleText.indexOf("[") + 1;
  const close = documentedExampleText.lastIndexOf("]");
  const item = documentedExampleText.slice(open, close).replace(/\s+$/, "");
  const items = Array.from({ length: count }, () => item).join(",");
  return `${documentedExampleText.slice(0, open)}${items}\n  ${documentedExampleText.slice(close)}`;
}
