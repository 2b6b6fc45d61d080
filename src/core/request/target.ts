import { endpoint } from "../../endpoint/descriptor";
import { readCustomBaseUrl } from "./custom-base-url";

/** Where a request goes. Only `store` and `custom` leave the page. */
export type TargetKind = "sandbox" | "store" | "custom";

export interface TargetSettings {
  readonly kind: TargetKind;
  /** Store domain prefix, used when `kind` is `store`. */
  readonly storeHandle: string;
  /** Versioned base URL such as `http://127.0.0.1:8787/admin/openapi/v20260301`, used when `kind` is `custom`. */
  readonly baseUrl: string;
}

export const defaultTargetSettings: TargetSettings = { kind: "sandbox", storeHandle: "", baseUrl: "" };

/**
 * The in-page sandbox answers without any network; its URL is that of the sandbox server
 * (`npm run sandbox`) so that a copied snippet runs against the same emulation.
 */
export const sandboxServerOrigin = "http://127.0.0.1:8787";

export type UrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly error: string };

/** A DNS label: letters, digits and inner hyphens, 1–63 characters. */
const hostnameLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

export function storeBaseUrl(handle: string): string {
  return endpoint.storeBaseUrlTemplate.replace("{handle}", handle).replace("{version}", endpoint.version);
}

export function defaultBasePath(): string {
  return endpoint.basePathTemplate.replace("{version}", endpoint.version);
}

/**
 * The full request URL for a target, exactly as it will be requested. `sandboxOrigin` is where the
 * sandbox server runs (a setting; the in-page sandbox answers without it, copied snippets use it).
 * @example requestUrl({ kind: "store", storeHandle: "open001", baseUrl: "" })
 * // → { ok: true, url: "https://open001.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json" }
 */
export function requestUrl(target: TargetSettings, sandboxOrigin: string = sandboxServerOrigin): UrlResult {
  switch (target.kind) {
    case "sandbox":
      return { ok: true, url: sandboxOrigin + defaultBasePath() + endpoint.resourcePath };
    case "store": {
      const handle = target.storeHandle.trim();
      if (handle === "") return { ok: false, error: "Enter the store handle (the prefix of yourstore.myshopline.com)." };
      if (!hostnameLabel.test(handle)) {
        return { ok: false, error: `"${handle}" is not a valid store handle: use letters, digits and inner hyphens only.` };
      }
      return { ok: true, url: storeBaseUrl(handle.toLowerCase()) + endpoint.resourcePath };
    }
    case "custom":
      return customUrl(target.baseUrl.trim());
  }
}

function customUrl(baseUrl: string): UrlResult {
  const read = readCustomBaseUrl(baseUrl, defaultBasePath());
  return read.ok ? { ok: true, url: read.base + endpoint.resourcePath } : read;
}
