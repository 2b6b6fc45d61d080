import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { expect, test } from "./fixtures";
import { staticHostPort } from "./ports";
import { contentTypes } from "./bench/static-server";

/** The production build as a plain static host would serve it: files only, under a subpath. */
const subpath = "/tools/sync-data/";
const dist = join(import.meta.dirname, "..", "dist");

let server: Server;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    if (!path.startsWith(subpath)) return void res.writeHead(404).end();
    const file = normalize(join(dist, path.slice(subpath.length) || "index.html"));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    readFile(file).then(
      (bytes) => res.writeHead(200, { "Content-Type": contentTypes[extname(file)] ?? "application/octet-stream" }).end(bytes),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(staticHostPort, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("the built app works from a subpath of a plain static host: editor, validation worker, form", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${staticHostPort}${subpath}`);
  await expect(page.getByRole("textbox", { name: /^Request body/ })).toBeAttached();
  // The validation worker loaded from the subpath: the documented example's one error is reported.
  await expect(page.getByTestId("problems-count")).toHaveText("1 error");
  await page.getByRole("tab", { name: "Form" }).click();
  await expect(page.getByRole("tabpanel", { name: "Form" }).getByLabel("order_num", { exact: true }).first()).toHaveValue("100");
});
