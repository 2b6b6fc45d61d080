import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { singleQuote } from "../snippets/shell-quote";
import { documentedCurl, documentedStoreHandle, documentedToken } from "../snippets/testing/documented-curl";
import { importCurl } from "./import-curl";

const url = "https://open001.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json";
const store = { kind: "store", storeHandle: "open001", baseUrl: "" };

describe("importCurl", () => {
  it("imports the endpoint page's own curl: store, token, and no body (the user's body is kept)", () => {
    expect(importCurl(documentedCurl)).toEqual({
      ok: true,
      target: { kind: "store", storeHandle: documentedStoreHandle, baseUrl: "" },
      token: documentedToken,
      bodyText: undefined,
      unmapped: [],
    });
  });

  it("imports the documented example body byte for byte", () => {
    const command = `${documentedCurl} \\\n--data ${singleQuote(documentedExampleText)}`;
    expect(importCurl(command)).toMatchObject({ ok: true, bodyText: documentedExampleText, unmapped: [] });
  });

  it.each([
    [
      "a browser's Copy as cURL (bash), with $'…' and extra headers",
      `curl '${url}' \\\n  -H 'accept: application/json' \\\n  -H 'authorization: Bearer abc' \\\n  -H 'content-type: application/json; charset=utf-8' \\\n  -H 'sec-ch-ua: "Chromium"' \\\n  --data-raw $'{"name":"it\\'s \\u00e9"}'`,
      { target: store, token: "abc", bodyText: `{"name":"it's é"}`, unmapped: ['header sec-ch-ua: "Chromium"'] },
    ],
    [
      "Postman's curl",
      `curl --location '${url}' \\\n--header 'Content-Type: application/json' \\\n--header 'Authorization: Bearer abc' \\\n--data '{"n":9223372036854775807}'`,
      { target: store, token: "abc", bodyText: '{"n":9223372036854775807}', unmapped: ["option --location"] },
    ],
    [
      "a here-document read with --data-binary @- (its final newline is sent)",
      `curl -X POST ${url} -H "Authorization: Bearer abc" --data-binary @- <<'EOF'\n{"a":1}\nEOF\n`,
      { target: store, token: "abc", bodyText: '{"a":1}\n', unmapped: [] },
    ],
    [
      "--json and --oauth2-bearer",
      `curl --json '{"a":1}' --oauth2-bearer tok ${url}`,
      { target: store, token: "tok", bodyText: '{"a":1}', unmapped: [] },
    ],
    [
      "a GET with no body, other options and other commands",
      `export T=abc\ncurl -sS -o out.json ${url} | jq .`,
      {
        target: store,
        token: undefined,
        bodyText: undefined,
        unmapped: ["command export T=abc", "output piped to jq .", "method GET (the endpoint takes POST)", "option -s", "option -S", "option -o out.json"],
      },
    ],
    [
      "a URL of another endpoint, a file body and an explicit PUT",
      "curl -X PUT https://open001.myshopline.com/admin/openapi/v20260301/orders.json -d @body.json",
      {
        target: undefined,
        bodyText: undefined,
        unmapped: [
          "method PUT (the endpoint takes POST)",
          "-d reads the body from the file body.json: paste its text into the editor.",
          "The URL https://open001.myshopline.com/admin/openapi/v20260301/orders.json is not this endpoint's (…/sales/marketing_events/sync_data.json).",
        ],
      },
    ],
    [
      "leading assignments, a redirection and a second URL",
      `LANG=C /usr/bin/curl ${url} ${url} -d '{}' 2>/dev/null`,
      {
        target: store,
        bodyText: "{}",
        unmapped: ["environment LANG=…", "redirection 2> /dev/null", `extra URL ${url}`],
      },
    ],
  ])("imports %s", (_, command, expected) => {
    expect(importCurl(command)).toEqual({ ok: true, token: undefined, ...expected });
  });

  it("says that a URL is missing", () => {
    expect(importCurl("curl -d '{}'")).toMatchObject({ ok: true, target: undefined, unmapped: ["The command has no URL."] });
  });

  it.each([
    ["", "No curl command found: paste a command that starts with curl."],
    ["wget https://example.com", "No curl command found: paste a command that starts with curl."],
    ["curl -d '{", "A single quote (') is never closed."],
  ])("refuses %j", (command, error) => {
    expect(importCurl(command)).toEqual({ ok: false, error });
  });
});
