/**
 * Every curl command the snippet generator writes imports back to the same target, token and
 * body, whatever they are (inline and here-document forms, literal and env token modes).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRequest } from "../request/build-request";
import { requestUrl, type TargetSettings } from "../request/target";
import { curlSnippet } from "../snippets/curl";
import { bodyText, bodyWithTrickyStart } from "../snippets/testing/body-arbitrary";
import { importCurl } from "./import-curl";

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);

const target: fc.Arbitrary<TargetSettings> = fc.oneof(
  fc.constant<TargetSettings>({ kind: "sandbox", storeHandle: "", baseUrl: "" }),
  label.map((handle): TargetSettings => ({ kind: "store", storeHandle: handle, baseUrl: "" })),
  fc
    .tuple(
      fc.constantFrom("http", "https"),
      fc.oneof(label, fc.constant("127.0.0.1"), fc.constant("[::1]")),
      fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      fc.array(fc.oneof(label, fc.constantFrom("a b", "é", "%20", "$x", "it's")), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([scheme, host, port, segments, slash]): TargetSettings => ({
      kind: "custom",
      storeHandle: "",
      baseUrl: `${scheme}://${host}${port === undefined ? "" : `:${port}`}${segments.map((s) => `/${s}`).join("")}${slash ? "/" : ""}`,
    })),
);

/** Tokens as users paste them: JWT-like, or any printable text (buildRequest trims). */
const token = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,20}\.[A-Za-z0-9_-]{1,20}\.[A-Za-z0-9_-]{1,20}$/),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

describe("importCurl ∘ curlSnippet", () => {
  it("gives back the target, token and body of any generated command", () => {
    fc.assert(
      fc.property(
        target,
        token,
        fc.oneof(bodyText(), bodyWithTrickyStart()),
        fc.constantFrom(undefined, 0),
        (settings, tokenText, body, inlineBodyLimitBytes) => {
          const built = buildRequest({ target: settings, token: tokenText, bodyText: body });
          fc.pre(built.ok);
          if (!built.ok) return;
          const options = inlineBodyLimitBytes === undefined ? { tokenMode: "literal" as const } : { tokenMode: "literal" as const, inlineBodyLimitBytes };
          const imported = importCurl(curlSnippet(built.request, options));
          expect(imported).toMatchObject({ ok: true, unmapped: [], bodyText: body });
          if (!imported.ok || imported.target === undefined) throw new Error("no target");
          expect(imported.target.kind).toBe(settings.kind);
          expect(requestUrl(imported.target)).toEqual(requestUrl(settings));
          const sent = built.request.headers.find(([name]) => name === "Authorization")?.[1];
          expect(imported.token).toBe(sent?.replace(/^Bearer /, ""));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("reports the token as coming from the shell in env mode, and still gives back the body", () => {
    fc.assert(
      fc.property(fc.oneof(bodyText(), bodyWithTrickyStart()), fc.constantFrom(undefined, 0), (body, inlineBodyLimitBytes) => {
        const built = buildRequest({ target: { kind: "store", storeHandle: "open001", baseUrl: "" }, token: "secret", bodyText: body });
        if (!built.ok) throw new Error(built.error);
        const options = inlineBodyLimitBytes === undefined ? { tokenMode: "env" as const } : { tokenMode: "env" as const, inlineBodyLimitBytes };
        const imported = importCurl(curlSnippet(built.request, options));
        expect(imported).toMatchObject({ ok: true, token: undefined, bodyText: body });
        expect(imported.ok && imported.unmapped).toEqual([
          "The token comes from $SHOPLINE_ACCESS_TOKEN in your shell: paste the token itself.",
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
