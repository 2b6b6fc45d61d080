import { endpoint } from "../../endpoint/descriptor";
import { readApiVersion, requestUrl, type TargetSettings } from "../request/target";

interface TargetImport {
  /** Undefined when the URL is not this endpoint's (the user's target is kept). */
  readonly target: TargetSettings | undefined;
  readonly unmapped: readonly string[];
}

const storeHost = new RegExp(`^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)${endpoint.storeHostSuffix.replaceAll(".", "\\.")}$`, "i");

/**
 * The target of a request URL: a store when it is exactly `https://<handle>.myshopline.com/…`
 * at this version, the sandbox when it is the sandbox server's URL, otherwise a custom base URL
 * (the URL minus the resource path, as written). A query or fragment is reported and dropped.
 */
export function targetFromUrl(written: string): TargetImport {
  const unmapped: string[] = [];
  // curl assumes http:// for a URL without a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? written : `http://${written}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { target: undefined, unmapped: [`The URL ${written} is not a valid URL.`] };
  }
  const cut = withScheme.search(/[?#]/);
  const withoutQuery = cut === -1 ? withScheme : withScheme.slice(0, cut);
  if (cut !== -1) unmapped.push(`The URL's ${withScheme.slice(cut)} was dropped: the endpoint takes no query.`);
  if (!url.pathname.endsWith(endpoint.resourcePath)) {
    return { target: undefined, unmapped: [...unmapped, `The URL ${written} is not this endpoint's (…${endpoint.resourcePath}).`] };
  }
  // As written when possible; the parsed form when the text differs (percent-encoding, `..`).
  const asWritten = withoutQuery.endsWith(endpoint.resourcePath) ? withoutQuery : url.origin + url.pathname;
  const baseUrl = asWritten.slice(0, asWritten.length - endpoint.resourcePath.length);
  const handle = storeHost.exec(url.hostname)?.[1];
  const bases: TargetSettings[] = [
    ...(handle === undefined ? [] : [{ kind: "store" as const, storeHandle: handle.toLowerCase(), baseUrl: "" }]),
    { kind: "sandbox", storeHandle: "", baseUrl: "" },
  ];
  // Every documented version; the default one leaves `apiVersion` unset, as targets always had it.
  const candidates = endpoint.versions.flatMap((version) => bases.map((t) => (version === endpoint.version ? t : { ...t, apiVersion: version })));
  const exact = candidates.find((t) => {
    const built = requestUrl(t);
    return built.ok && built.url === url.href.replace(/[?#].*$/, "");
  });
  if (exact !== undefined) return { target: exact, unmapped };
  if (handle !== undefined) {
    unmapped.push(`${baseUrl} is not a documented version of the store API (${endpoint.versions.join(", ")}): kept as a custom base URL.`);
  }
  // A documented version at the end of the base URL sets the API version control to match.
  const version = readApiVersion(/\/(v\d{8})\/*$/.exec(baseUrl)?.[1]);
  const custom: TargetSettings =
    version === undefined || version === endpoint.version ? { kind: "custom", storeHandle: "", baseUrl } : { kind: "custom", storeHandle: "", baseUrl, apiVersion: version };
  const built = requestUrl(custom);
  return built.ok ? { target: custom, unmapped } : { target: undefined, unmapped: [...unmapped, built.error] };
}
