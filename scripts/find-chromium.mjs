import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** The Chromium the tests use: CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own, else undefined. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  return undefined;
}

/** Flags Chromium needs as root in a container, and on a closed network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
