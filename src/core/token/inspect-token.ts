import { endpoint } from "../../endpoint/descriptor";
import { findLastProperty } from "../json/json-path";
import { literalOf, type JsonNode } from "../json/parse-json";
import { decodeJwtPart } from "./decode-jwt-part";
import { expiryInWords } from "./relative-time";

/** What can be read from a SHOPLINE access token without its secret (SHOPLINE's are HS512 JWTs). */
interface JwtInspection {
  readonly kind: "jwt";
  /** The payload's `domain`, e.g. "https://sl-open-sg.myshopline.com". */
  readonly domain?: string;
  /** "sl-open-sg" when `domain`'s host is `<handle>.myshopline.com`. */
  readonly storeHandle?: string;
  /** `exp` in milliseconds since the epoch. */
  readonly expiresAt?: number;
  /** False when there is no `exp`. */
  readonly expired: boolean;
  /** "expired 3 days ago", "expires in 2 hours", or "no expiry stated". */
  readonly expiryText: string;
  /** From `iat` (seconds) or SHOPLINE's `timestamp` (milliseconds). */
  readonly issuedAt?: number;
  readonly appKey?: string;
  /** As written: a numeric id keeps all its digits. */
  readonly storeId?: string;
}

type TokenInspection =
  | JwtInspection
  | { readonly kind: "opaque" }
  | { readonly kind: "empty" }
  | { readonly kind: "malformed"; readonly reason: string };

/**
 * Reads a token WITHOUT verifying its signature: only to tell the user which store it is for and
 * whether it expired, before they send. Accepts a pasted `Bearer …` value.
 * @example inspectToken("Bearer eyJhbGciOiJIUzUxMiJ9.eyJleHAiOjF9.x", Date.now()) // → { kind: "jwt", expired: true, … }
 */
export function inspectToken(token: string, nowMs: number): TokenInspection {
  const bare = token.trim().replace(/^bearer(?:\s+|$)/i, "").trim();
  if (bare === "") return { kind: "empty" };
  if (/\s/.test(bare)) return { kind: "malformed", reason: "The token contains spaces or line breaks; paste it as one piece." };
  const parts = bare.split(".");
  if (parts.length !== 3) {
    // "eyJ" is base64 of `{"`: a JWT header. Anything else without three parts is some other kind of token.
    return bare.startsWith("eyJ")
      ? { kind: "malformed", reason: `A JWT has 3 parts separated by dots; this one has ${parts.length}. Was it cut short?` }
      : { kind: "opaque" };
  }
  const [headerPart = "", payloadPart = ""] = parts;
  const header = decodeJwtPart(headerPart, "header");
  if (!header.ok) return { kind: "malformed", reason: header.reason };
  const payload = decodeJwtPart(payloadPart, "payload");
  if (!payload.ok) return { kind: "malformed", reason: payload.reason };
  return readClaims(payload.text, payload.root, nowMs);
}

function readClaims(text: string, root: JsonNode, nowMs: number): TokenInspection {
  const claim = (name: string): JsonNode | undefined => findLastProperty(root, name)?.children?.[1];
  const exp = claim("exp");
  if (exp !== undefined && exp.type !== "number") return { kind: "malformed", reason: "The payload's exp is not a number." };
  const expiresAt = exp === undefined ? undefined : (exp.value as number) * 1000;
  const domain = stringClaim(claim("domain"), text);
  const storeHandle = domain === undefined ? undefined : storeHandleOf(domain);
  const iat = claim("iat");
  const timestamp = claim("timestamp");
  const issuedAt = iat?.type === "number" ? (iat.value as number) * 1000 : timestamp?.type === "number" ? (timestamp.value as number) : undefined;
  const appKey = stringClaim(claim("appKey"), text);
  const storeId = stringClaim(claim("storeId"), text);
  return {
    kind: "jwt",
    ...(domain === undefined ? {} : { domain }),
    ...(storeHandle === undefined ? {} : { storeHandle }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    expired: expiresAt !== undefined && expiresAt <= nowMs,
    expiryText: expiresAt === undefined ? "no expiry stated" : expiryInWords(expiresAt, nowMs),
    ...(issuedAt === undefined ? {} : { issuedAt }),
    ...(appKey === undefined ? {} : { appKey }),
    ...(storeId === undefined ? {} : { storeId }),
  };
}

/** A string claim's value, or a number claim's digits as written. */
function stringClaim(node: JsonNode | undefined, text: string): string | undefined {
  if (node?.type === "string") return node.value as string;
  if (node?.type === "number") return literalOf(text, node);
  return undefined;
}

/** "https://sl-open-sg.myshopline.com" (or a bare host) → "sl-open-sg"; other hosts → undefined. */
export function storeHandleOf(domain: string): string | undefined {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(domain) ? domain : `https://${domain}`).hostname;
  } catch {
    return undefined;
  }
  const suffix = endpoint.storeHostSuffix;
  if (!host.endsWith(suffix)) return undefined;
  const handle = host.slice(0, -suffix.length);
  return /^[a-z0-9-]+$/.test(handle) ? handle : undefined;
}
