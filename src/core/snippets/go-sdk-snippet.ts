import { endpoint } from "../../endpoint/descriptor";
import { goSdk } from "../../endpoint/go-sdk";
import { formatPath } from "../json/json-path";
import type { PreparedRequest } from "../request/build-request";
import { goSdkBody, goSdkDroppedFields, type DroppedField } from "./go-sdk-body";
import { goString } from "./go-string";
import { snippetHeaders } from "./snippet-headers";
import type { SnippetOptions, SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;
const latestSdkVersion = goSdk.versions[goSdk.versions.length - 1]!;

/** `https://{handle}.myshopline.com/admin/openapi/{version}/…sync_data.json` → handle and version. */
function storeAddress(url: string): { handle: string; version: string } | undefined {
  const [before, after] = endpoint.storeBaseUrlTemplate.split("{handle}") as [string, string];
  const pattern = new RegExp(
    `^${escapeRegExp(before)}([a-z0-9-]+)${escapeRegExp(after).replace("\\{version\\}", "(v\\d{8})")}${escapeRegExp(endpoint.resourcePath)}$`,
    "i",
  );
  const match = pattern.exec(url);
  return match ? { handle: match[1]!, version: match[2]! } : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What the panel shows beside the SDK snippet: the fields the SDK would silently not send. */
export function goSdkNotices(request: PreparedRequest): string[] {
  const dropped = goSdkDroppedFields(request.body);
  if (dropped.length === 0) return [];
  return [`The Go SDK would not send ${dropped.length === 1 ? "this field" : `these ${dropped.length} fields`} (its structs tag every field omitempty): ${dropped.map(describe).join(", ")}.`];
}

function describe({ path, reason }: DroppedField): string {
  return reason === "zero" ? formatPath(path) : `${formatPath(path)} (not in the SDK's types)`;
}

/**
 * Go with the official SDK's own types for this endpoint. The SDK marshals the structs itself,
 * so what it sends is compact JSON in struct field order rather than the editor's text; values
 * are the body's, int64 literals as typed. `Execute` rather than `Call`: `Call` returns only an
 * error, and the response's `TraceId` stays empty because `BaseAPIResponse.SetTraceId` has a
 * value receiver. The SDK addresses stores only (`https://{handle}.myshopline.com`).
 */
export function goSdkSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const body = goSdkBody(request.body);
  if (!body.ok) {
    return ["// The Go SDK's types cannot hold this body, so no SDK code is written for it:", ...body.problems.map((p) => `//   ${p}`)].join("\n");
  }
  const store = storeAddress(request.url);
  const version = store && (goSdk.versions as readonly string[]).includes(store.version) ? store.version : latestSdkVersion;
  const authorization = snippetHeaders(request, options).find((h) => h.name.toLowerCase() === endpoint.headers.authorization.name.toLowerCase());
  const token =
    authorization?.value.kind === "env"
      ? `os.Getenv(${goString(authorization.value.variable)})`
      : goString(authorization?.value.text.replace(`${endpoint.headers.authorization.scheme} `, "") ?? "");
  const notes = [
    "// Built with the official Go SDK's types for this endpoint. The SDK marshals these structs",
    "// itself: it sends compact JSON in the structs' field order, not the editor's text.",
    ...(store === undefined ? [`// The SDK only calls https://{handle}.myshopline.com; this request goes to ${request.url}: set your store's handle.`] : []),
    ...(store !== undefined && version !== store.version ? [`// The SDK has no package for ${store.version}; this uses its ${version} types and calls ${store.version}.`] : []),
    ...droppedWarning(body.dropped),
  ];
  return [
    "package main",
    "",
    "import (",
    '\t"context"',
    '\t"fmt"',
    '\t"log"',
    ...(authorization?.value.kind === "env" ? ['\t"os"'] : []),
    "",
    `\t"${goSdk.clientImport}"`,
    `\t"${goSdk.packageImportTemplate.replace("{version}", version)}"`,
    ")",
    "",
    ...notes,
    "",
    "func main() {",
    `\tapiReq := ${body.lines.join("\n")}`,
    "",
    "\t// client.App{}: the app key is only sent as the appkey header; fill it in if you have one.",
    `\tc := client.MustNewClient(client.App{}, ${goString(store?.handle ?? "your-store-handle")}, ${token}, client.WithVersion(${goString(store?.version ?? endpoint.version)}))`,
    "\tapiResp := apiReq.NewAPIResp()",
    "\tshopLineReq := &client.ShopLineRequest{Data: apiReq.GetData()}",
    "\tresponse, err := c.Execute(context.Background(), client.HTTPMethod(apiReq.GetMethod()), apiReq.GetEndpoint(), shopLineReq, apiResp)",
    "\tif response == nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    `\tfmt.Printf("status=%d ${successCountField}=%d ${traceIdHeader}=%s\\n", response.StatusCode, apiResp.${goSdk.responseCountField}, response.TraceId)`,
    "\tif err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    "}",
  ].join("\n");
}

function droppedWarning(dropped: readonly DroppedField[]): string[] {
  if (dropped.length === 0) return [];
  return [
    "//",
    "// WARNING: every field of the SDK's structs is tagged `omitempty`, so encoding/json leaves out",
    "// each value that is 0, \"\" or an empty list, although the endpoint takes the statistics as",
    "// full data. These fields of this body will NOT be sent:",
    ...dropped.map((field) => `//   ${describe(field)}`),
    "// To send them, use the Go (net/http) snippet, which sends the body's text as it is.",
  ];
}

export const goSdkTarget = {
  id: "go-sdk",
  title: "Go (SHOPLINE SDK)",
  language: "go",
  generate: goSdkSnippet,
  notices: goSdkNotices,
} as const satisfies SnippetTarget;
