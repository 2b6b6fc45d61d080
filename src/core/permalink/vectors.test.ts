import { describe, expect, it } from "vitest";
import { decodePermalink } from "./permalink";
import type { SharedState } from "./shared-state";

/**
 * Format v1 links as they were made, written out literally. They must decode to exactly these
 * states forever: links live on in chats, tickets and bookmarks. Never edit a vector to make a
 * test pass; a change in how links are written is a new format version, and these still decode.
 */

/** The documented example as it stood when v1 was made (not imported: the example may change). */
const exampleAtV1 = [
  "{",
  "  \"marketing_activity_datas\": [",
  "    {",
  "      \"order_num\": 100,",
  "      \"marketing_event_id\": \"MA_12323312324\",",
  "      \"purchase_num\": 100,",
  "      \"product_sale_list\": [",
  "        {",
  "          \"count\": 100,",
  "          \"product_id\": \"16062938070772167548642145\"",
  "        }",
  "      ],",
  "      \"new_buyer_sum\": 100,",
  "      \"order_amount\": 100,",
  "      \"unsubscribed_num\": 100,",
  "      \"open_sum\": 100,",
  "      \"spend_cost\": 100,",
  "      \"order_product_sum\": 100,",
  "      \"get_unit_cost\": 100,",
  "      \"bounced_num\": 100,",
  "      \"regional_visit_list\": [",
  "        {",
  "          \"count\": 100,",
  "          \"name\": \"ua\"",
  "        }",
  "      ],",
  "      \"has_send_num\": 100,",
  "      \"occurred_on\": 1672246800000,",
  "      \"add_cart_sum\": 100,",
  "      \"benefit_amount\": 100,",
  "      \"custom_activity_engagement_list\": [",
  "        {",
  "          \"value\": \"0.09\",",
  "          \"name\": \"FackbookOrderConversionRate\",",
  "          \"tool_tips\": \"Fackboo order conversion rate\",",
  "          \"type\": 2",
  "        }",
  "      ],",
  "      \"reported_as_spam_num\": 100,",
  "      \"visitor_amount\": 100,",
  "      \"custom_sale_data_list\": [",
  "        {",
  "          \"tool_tips\": \"Order from Fackbook count\",",
  "          \"type\": 3,",
  "          \"value\": \"100\",",
  "          \"name\": \"FackbookOrderCount\"",
  "        }",
  "      ],",
  "      \"old_buyer_sum\": 1001672246800000,",
  "      \"check_out_sum\": 100,",
  "      \"order_visitor_amount\": 100,",
  "      \"click_num\": 100,",
  "      \"has_delivery_num\": 100,",
  "      \"impression_num\": 100",
  "    }",
  "  ]",
  "}",
].join("\n");

const vectors: readonly (readonly [name: string, fragment: string, state: SharedState])[] = [
  [
    "the documented example, store target",
    "v1.Y2QHCQE9yPCHa7TQHi20Rwvt0UJ7tNCmf6ENAA",
    { bodyText: exampleAtV1, target: { kind: "store", storeHandle: "open001", baseUrl: "" } },
  ],
  [
    "a compact body, sandbox target",
    "v1.Y2BgqCDQlMLVdDIzMLS0NAGWwMYGRoamppYGFqCaGF8DAKmYNwZWEgA",
    {
      bodyText: '{"marketing_activity_datas":[{"marketing_event_id":"MA_6019943243021559089","occurred_on":1672246800000,"order_num":3}]}',
      target: { kind: "sandbox", storeHandle: "", baseUrl: "" },
    },
  ],
  [
    "unicode, CRLF and int64 limits, custom target",
    "v1.Y2IHCQE9qEuStu2M1bxcnHhLeGAbDC0cLY2AZba5kYGxmYWpibm5KbDw1EErpnQx1VjogGzCUbrARhwUlKIO7ynKTM5QeDZ345NdaxQ-zJ_RoAQ0HV7QACulWF6uWgA",
    {
      bodyText:
        '{\r\n\t"marketing_activity_datas": [{"old_buyer_sum": 9223372036854775807, "spend_cost": -9223372036854775808,\r\n\t"regional_visit_list": [{"name": "Zürich 東京 😀", "count": 1}]}]\r\n}',
      target: { kind: "custom", storeHandle: "open001", baseUrl: "http://127.0.0.1:8787/admin/openapi/v20260301" },
    },
  ],
  [
    "an empty item list, handle kept beside a custom URL",
    "v1.Y2LPrdQtzsgvMAZpKwbqA5YLFZV6qRWJuQU5qXolqcUluPTqK-BrhClEx9YCAA",
    {
      bodyText: '{"marketing_activity_datas": []}',
      target: { kind: "custom", storeHandle: "my-shop", baseUrl: "https://proxy.example.test/admin/openapi/v20260301/" },
    },
  ],
];

describe("permalink format v1 vectors", () => {
  it.each(vectors)("%s", (_name, fragment, state) => {
    expect(decodePermalink(fragment)).toEqual({ ok: true, state });
    expect(decodePermalink(`#${fragment}`)).toEqual({ ok: true, state });
  });

  it("a v1 link whose body is not JSON still hands its text back with the not-json problem", () => {
    expect(decodePermalink("v1.Y2BgkMPXlFKIBgA")).toMatchObject({
      ok: false,
      problem: "not-json",
      state: { bodyText: '{"marketing_activity_datas": [', target: { kind: "sandbox", storeHandle: "", baseUrl: "" } },
    });
  });
});
