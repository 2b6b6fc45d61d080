import { defaultBasePath } from "../src/core/request/target";
import type { LoggedRequest } from "../src/sandbox/request-log";

import { sandboxServerPorts } from "./ports";

/** Ports of the sandbox servers playwright.config.ts starts (another origin than the app). */
export const sandboxServers = sandboxServerPorts;

/** The endpoint's path below the host at the default API version (`/admin/openapi/v…`). */
export const versionedBasePath = defaultBasePath();

export function baseUrlOf(port: number): string {
  return `http://127.0.0.1:${port}${versionedBasePath}`;
}

/** What a sandbox server received, newest last (read from its request log). */
export async function receivedRequests(port: number): Promise<LoggedRequest[]> {
  const response = await fetch(`http://127.0.0.1:${port}/__sandbox/requests`);
  const log = (await response.json()) as LoggedRequest[] | { requests: LoggedRequest[] };
  return Array.isArray(log) ? log : log.requests;
}
