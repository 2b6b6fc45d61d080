import { endpoint, isApiVersion, type ApiVersion } from "../../endpoint/descriptor";
import { readCustomBaseUrl } from "./custom-base-url";

/** Where a request goes. Only `store` and `custom` leave the page. */
export type TargetKind = "sandbox" | "store" | "custom";

export interface TargetSettings {
  readonly kind: TargetKind;
  /** Store domain prefix, used when `kind` is `store`. */
  readonly storeHandle: string;
  /** Versioned base URL such as `http://127.0.0.1:8787/admin/openapi/v20260301`, used when `kind` is `custom`. */
  readonly baseUrl: string;
  /**
   * The API version in the URL (the `API version` control). Absent means the default,
   * v20260301 — what every target meant before versions could be chosen (old drafts, history
   * entries and v1 permalinks carry none).
   */
  readonly apiVersion?: ApiVersion;
}

/** Only the target's own settings (never a token held beside them), the version only when set. */
export function pickTargetSettings(target: TargetSettings): TargetSettings {
  const { kind, storeHandle, baseUrl, apiVersion } = target;
  return apiVersion === undefined ? { kind, storeHandle, baseUrl } : { kind, storeHandle, baseUrl, apiVersion };
}

/** The version a target sends to. */
export function targetApiVersion(target: Pick<TargetSettings, "apiVersion">): ApiVersion {
  return target.apiVersion ?? endpoint.version;
}

/** `/v20260301` at the end of a custom base URL: the version segment the control rewrites. */
const trailingVersion = /\/v\d{8}(\/*)$/;

/**
 * The target with another API version. A custom base URL that ends in a version segment gets
 * the new one too, so the URL shown, sent and shared always says the version chosen.
 * @example withApiVersion({ kind: "custom", storeHandle: "", baseUrl: "http://h/admin/openapi/v20260301" }, "v20270301").baseUrl
 * // → "http://h/admin/openapi/v20270301"
 */
export function withApiVersion(target: TargetSettings, version: ApiVersion): TargetSettings {
  const baseUrl = target.baseUrl.replace(trailingVersion, (_, slashes: string) => `/${version}${slashes}`);
  return { ...target, baseUrl, apiVersion: version };
}

/** A stored or shared version string, if it is one this endpoint is documented in. */
export function readApiVersion(value: unknown): ApiVersion | undefined {
  return typeof value === "string" && isApiVersion(value) ? value : undefined;
}

export const defaultTargetSettings: TargetSettings = { kind: "sandbox", storeHandle: "", baseUrl: "" };

/**
 * The in-page sandbox answers without any network; its URL is that of the sandbox server
 * (`npm run sandbox`) so that a copied snippet runs against the same emulation.
 */
export const sandboxServerOrigin = "http://127.0.0.1:8787";

type UrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly error: string };

/** A DNS label: letters, digits and inner hyphens, 1–63 characters. */
const hostnameLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

export function storeBaseUrl(handle: string, version: ApiVersion = endpoint.version): string {
  return endpoint.storeBaseUrlTemplate.replace("{handle}", handle).replace("{version}", version);
}

export function defaultBasePath(version: ApiVersion = endpoint.version): string {
  return endpoint.basePathTemplate.replace("{version}", version);
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
      return { ok: true, url: sandboxOrigin + defaultBasePath(targetApiVersion(target)) + endpoint.resourcePath };
    case "store": {
      const handle = target.storeHandle.trim();
      if (handle === "") return { ok: false, error: `Enter the store handle (the prefix of yourstore${endpoint.storeHostSuffix}).` };
      if (!hostnameLabel.test(handle)) {
        return { ok: false, error: `"${handle}" is not a valid store handle: use letters, digits and inner hyphens only.` };
      }
      return { ok: true, url: storeBaseUrl(handle.toLowerCase(), targetApiVersion(target)) + endpoint.resourcePath };
    }
    case "custom":
      return customUrl(target.baseUrl.trim(), targetApiVersion(target));
  }
}

function customUrl(baseUrl: string, version: ApiVersion): UrlResult {
  const read = readCustomBaseUrl(baseUrl, defaultBasePath(version));
  return read.ok ? { ok: true, url: read.base + endpoint.resourcePath } : read;
}
