#!/usr/bin/env node
// Makes sure a Chromium exists for Playwright: CHROMIUM_PATH, then /usr/bin/chromium, then
// Playwright's own download; as root on Debian it installs the `chromium` package with apt-get
// (`npx playwright install` cannot download browsers on a closed network). Otherwise it stops
// and says exactly what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./find-chromium.mjs";

const found = findChromium();
if (found) {
  console.log(`Chromium for the tests: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium package with apt-get…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (findChromium()) process.exit(0);
}
console.error(
  [
    "No Chromium found for the end-to-end tests. Install one of:",
    "  - Debian/Ubuntu: sudo apt-get install -y chromium   (then /usr/bin/chromium is used)",
    "  - Playwright's own build: npx playwright install chromium (needs internet access)",
    "  - or point CHROMIUM_PATH at a Chromium/Chrome binary.",
  ].join("\n"),
);
process.exit(1);
