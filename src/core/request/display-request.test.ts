import { describe, expect, it } from "vitest";
import { snippetTargets } from "../snippets/snippet-targets";
import { buildRequest } from "./build-request";
import { maskTokenForDisplay, tokenMask } from "./display-request";

const body = '{"marketing_activity_datas":[{"order_num": 100, "marketing_event_id": "100"}]}';
const built = buildRequest({ target: { kind: "store", storeHandle: "open001", baseUrl: "" }, token: "100", bodyText: body });
if (!built.ok) throw new Error(built.error);

describe("maskTokenForDisplay", () => {
  it("masks the Authorization header only, not the body's equal text", () => {
    const shown = maskTokenForDisplay(built.request);
    expect(shown.headers[0]).toEqual(["Authorization", `Bearer ${tokenMask}`]);
    expect(shown.body).toBe(body);
    expect(shown.headers.slice(1)).toEqual(built.request.headers.slice(1));
  });

  it.each(snippetTargets.map((t) => [t.id, t] as const))("%s: the snippet keeps every 100 of the body and hides the token", (_id, target) => {
    const snippet = target.generate(maskTokenForDisplay(built.request), { tokenMode: "literal" });
    expect(snippet).toContain(tokenMask);
    expect(snippet).not.toMatch(/Bearer 100/);
    expect(snippet.match(/100/g)).toHaveLength(2);
  });

  it("leaves a request without a token as it is", () => {
    const none = buildRequest({ target: { kind: "store", storeHandle: "open001", baseUrl: "" }, token: "", bodyText: body });
    expect(none.ok && maskTokenForDisplay(none.request)).toBe(none.ok && none.request);
  });
});
