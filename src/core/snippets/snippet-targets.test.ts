import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { snippetTargets } from "./snippet-targets";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

describe("snippetTargets", () => {
  it("lists every target once, curl first", () => {
    const ids = snippetTargets.map((t) => t.id);
    expect(ids).toEqual([
      "curl", "httpie", "powershell", "js-fetch", "node-ky", "python-requests",
      "go-net-http", "go-sdk", "php-curl", "java-http-client", "csharp-http-client", "ruby-net-http",
    ]);
    expect(new Set(snippetTargets.map((t) => t.title)).size).toBe(ids.length);
  });

  it.each(snippetTargets.map((t) => [t.id, t] as const))("%s writes the URL, the body text and no token in env mode", (_, target) => {
    const literal = target.generate(preparedRequest(documentedExampleText), { tokenMode: "literal" });
    // The SDK builds the URL itself from the store's handle and the API version.
    if (target.id === "go-sdk") expect(literal).toContain('"open001"');
    else expect(literal).toContain(sampleUrl);
    expect(literal).toContain("1001672246800000"); // the 64-bit example value, as typed
    expect(literal).toContain("tok");
    const env = target.generate(preparedRequest(documentedExampleText, { headers: [["Authorization", "Bearer SECRET"]] }), {
      tokenMode: "env",
    });
    expect(env).not.toContain("SECRET");
    expect(env).toContain("SHOPLINE_ACCESS_TOKEN");
  });
});
