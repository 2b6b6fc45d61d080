/**
 * Every port the Playwright suite uses, in one place. `E2E_PORT_OFFSET` shifts them all, so two
 * checkouts on one machine can run the suite at once without reusing each other's servers.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? "0");
if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) {
  throw new Error(`E2E_PORT_OFFSET must be an integer from 0 to 20000, got "${process.env.E2E_PORT_OFFSET}"`);
}

/** `vite preview` serving the production build. */
export const appPort = 4173 + offset;

/** A plain static file server hosting the build under a subpath (static-hosting.spec.ts). */
export const staticHostPort = 4180 + offset;

/** Sandbox servers playwright.config.ts starts (another origin than the app). */
export const sandboxServerPorts = {
  cors: 8788 + offset,
  noCors: 8789 + offset,
  hiddenTraceId: 8790 + offset,
  slow: 8791 + offset,
  /** Bulk runs: a request log long enough for thousands of items' bodies. */
  bulk: 8796 + offset,
  /** Bulk runs against a server that answers every third POST with 503. */
  bulkFailing: 8797 + offset,
} as const;

/** The offline spec's own static server for the build (it serves a "next build" on demand). */
export const offlineBuildServerPort = 4174 + offset;
