import { contentSecurityPolicy } from "../scripts/csp";
import { expect, openApp, setBody, test } from "./fixtures";

test("the page is served with a strict CSP, as a header and a meta tag", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.headers()["content-security-policy"]).toBe(contentSecurityPolicy);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    expect(meta).toContain(directive);
    expect(contentSecurityPolicy).toContain(directive);
  }
  expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
  expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
});

test.describe("inline script", () => {
  // The refusal is reported; the fixture fails every other test on such a report.
  test.use({ allowedConsoleErrors: /Content Security Policy|^CSP violation: script-src-elem blocked inline$/ });

  test("injected into the page is refused", async ({ page }) => {
    await openApp(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.head.append(script);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return document.body.dataset["injected"] ?? "refused";
    });
    expect(ran).toBe("refused");
  });
});

test("markup in a body or a response is shown as text, never inserted as HTML", async ({ page }) => {
  await openApp(page);
  const hostile = '{"marketing_activity_datas": [{"marketing_event_id": "<img src=x onerror=alert(1)><script>alert(2)</script>", "occurred_on": 1672246800000}]}';
  await setBody(page, hostile);
  await page.getByRole("button", { name: "Send" }).click();
  // The sandbox answers 412 to script-like content, as SHOPLINE documents.
  await expect(page.getByTestId("response-status")).toHaveText(/^412/);
  await expect(page.locator("main img, main script")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "curl" }).getByTestId("snippet")).toContainText("<img src=x onerror=alert(1)>");
});
