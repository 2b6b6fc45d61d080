/**
 * Exact-string tests against the SDK's published types (shopline-sdk-go, package
 * rest/admin/v20260301/marketing and client): the SDK needs Go ≥ 1.24 and its module from the
 * network, so no test compiles it here. (Once, by hand, the documented example's snippet was
 * built with `go build` against a checkout of the SDK's client and marketing packages, with
 * stand-ins for its two unrelated third-party imports: it compiled.)
 */
import { describe, expect, it } from "vitest";
import { goSdkNotices, goSdkSnippet, goSdkTarget } from "./go-sdk-snippet";
import { preparedRequest } from "./testing/requests-literal";

const zeroBody = '{"marketing_activity_datas":[{"marketing_event_id":"MA_1","order_num":0,"old_buyer_sum":1001672246800000}]}';

const snippet = (imports: string[], notes: string[], call: string) =>
  [
    "package main",
    "",
    "import (",
    '\t"context"',
    '\t"fmt"',
    '\t"log"',
    ...imports,
    "",
    '\t"github.com/shoplineos/shopline-sdk-go/client"',
    '\t"github.com/shoplineos/shopline-sdk-go/rest/admin/v20260301/marketing"',
    ")",
    "",
    "// Built with the official Go SDK's types for this endpoint. The SDK marshals these structs",
    "// itself: it sends compact JSON in the structs' field order, not the editor's text.",
    ...notes,
    "",
    "func main() {",
    "\tapiReq := &marketing.MassSyncMarketingEventStatisticsAPIReq{",
    "\t\tMarketingActivityDatas: []marketing.MassSyncMarketingEventStatisticsAPIReqMarketingActivityData{",
    "\t\t\t{",
    '\t\t\t\tMarketingEventId: "MA_1",',
    "\t\t\t\tOldBuyerSum: 1001672246800000,",
    "\t\t\t},",
    "\t\t},",
    "\t}",
    "",
    "\t// client.App{}: the app key is only sent as the appkey header; fill it in if you have one.",
    call,
    "\tapiResp := apiReq.NewAPIResp()",
    "\tshopLineReq := &client.ShopLineRequest{Data: apiReq.GetData()}",
    "\tresponse, err := c.Execute(context.Background(), client.HTTPMethod(apiReq.GetMethod()), apiReq.GetEndpoint(), shopLineReq, apiResp)",
    "\tif response == nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    '\tfmt.Printf("status=%d sucess_count=%d traceId=%s\\n", response.StatusCode, apiResp.SucessCount, response.TraceId)',
    "\tif err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    "}",
  ].join("\n");

const zeroWarning = [
  "//",
  "// WARNING: every field of the SDK's structs is tagged `omitempty`, so encoding/json leaves out",
  '// each value that is 0, "" or an empty list, although the endpoint takes the statistics as',
  "// full data. These fields of this body will NOT be sent:",
  "//   marketing_activity_datas[0].order_num",
  "// To send them, use the Go (net/http) snippet, which sends the body's text as it is.",
];

describe("goSdkSnippet", () => {
  it("builds the request with the SDK's types, the store's handle and version, and warns about the zero it drops", () => {
    expect(goSdkSnippet(preparedRequest(zeroBody), { tokenMode: "literal" })).toBe(
      snippet([], zeroWarning, '\tc := client.MustNewClient(client.App{}, "open001", "tok", client.WithVersion("v20260301"))'),
    );
  });

  it("reads the token with os.Getenv in env mode, and has no warning without zeros", () => {
    const body = zeroBody.replace('"order_num":0,', "");
    expect(goSdkSnippet(preparedRequest(body), { tokenMode: "env" })).toBe(
      snippet(['\t"os"'], [], '\tc := client.MustNewClient(client.App{}, "open001", os.Getenv("SHOPLINE_ACCESS_TOKEN"), client.WithVersion("v20260301"))'),
    );
  });

  it("says so when the request does not go to a store (the SDK only calls stores)", () => {
    const url = "http://127.0.0.1:8787/admin/openapi/v20260301/sales/marketing_events/sync_data.json";
    const body = zeroBody.replace('"order_num":0,', "");
    expect(goSdkSnippet(preparedRequest(body, { url }), { tokenMode: "literal" })).toBe(
      snippet(
        [],
        [`// The SDK only calls https://{handle}.myshopline.com; this request goes to ${url}: set your store's handle.`],
        '\tc := client.MustNewClient(client.App{}, "your-store-handle", "tok", client.WithVersion("v20260301"))',
      ),
    );
  });

  it("uses the SDK's latest types for an API version it has no package for", () => {
    const url = "https://open001.myshopline.com/admin/openapi/v20990101/sales/marketing_events/sync_data.json";
    const generated = goSdkSnippet(preparedRequest("{}", { url }), { tokenMode: "literal" });
    expect(generated).toContain("// The SDK has no package for v20990101; this uses its v20260301 types and calls v20990101.\n");
    expect(generated).toContain('client.WithVersion("v20990101")');
  });

  it("writes only the problems when the body does not fit the SDK's types", () => {
    expect(goSdkSnippet(preparedRequest('{"marketing_activity_datas":[{"order_num":"x"}]}'), { tokenMode: "literal" })).toBe(
      [
        "// The Go SDK's types cannot hold this body, so no SDK code is written for it:",
        "//   marketing_activity_datas[0].order_num: the SDK's field is int64; string does not fit it.",
      ].join("\n"),
    );
  });
});

describe("goSdkNotices", () => {
  it("names the fields the SDK would drop", () => {
    expect(goSdkNotices(preparedRequest(zeroBody))).toEqual([
      "The Go SDK would not send this field (its structs tag every field omitempty): marketing_activity_datas[0].order_num.",
    ]);
    expect(goSdkNotices(preparedRequest('{"marketing_activity_datas":[{"order_num":0,"extra":1}]}'))).toEqual([
      "The Go SDK would not send these 2 fields (its structs tag every field omitempty): marketing_activity_datas[0].order_num, marketing_activity_datas[0].extra (not in the SDK's types).",
    ]);
    expect(goSdkNotices(preparedRequest("{}"))).toEqual([]);
  });

  it("is registered with its notices", () => {
    expect(goSdkTarget).toMatchObject({ id: "go-sdk", language: "go" });
    expect(goSdkTarget.notices).toBe(goSdkNotices);
  });
});
