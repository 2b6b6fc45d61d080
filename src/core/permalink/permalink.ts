import { deflateSync } from "fflate";
import { parseJson } from "../json/parse-json";
import { lineStarts, offsetToLineColumn } from "../json/offset-position";
import { decodeBase64Url, encodeBase64Url } from "../encoding/base64url";
import { dictionaryV1Text } from "./dictionary-v1";
import { decodeFrame, encodeFrame, type FrameFormat } from "./framing";
import { endpoint } from "../../endpoint/descriptor";
import { inflateWithLimit } from "./inflate-limited";
import { permalinkProblemMessage, type DecodeResult, type PermalinkProblem } from "./problems";
import { pickSharedState, type SharedState } from "./shared-state";
import { encodeUtf8 } from "../encoding/utf8";

/**
 * Permalinks live in the URL fragment, which browsers never send to a server: `v1.` or `v2.`
 * then the base64url (unpadded) of the raw-deflated frame (see framing.ts), compressed with the
 * frozen v1 preset dictionary. v2 adds the API version. A link is written in the oldest format
 * that carries its state: the default version (v20260301) still makes a v1 link, byte for byte
 * as before, and v1 links keep opening with v20260301.
 */
const permalinkFormatVersion = 2;

/** A link whose data unpacks past this is refused (a "zip bomb" guard), in bytes. */
export const permalinkMaxUnpackedBytes = 10 * 1024 * 1024;

const dictionaryV1 = encodeUtf8(dictionaryV1Text);

/**
 * The fragment text, without the leading `#`. Only the body and the target settings are
 * carried; a token never is, whatever else `state` holds.
 * @example location.hash = encodePermalink({ bodyText, target }); // "v1.…"
 */
export function encodePermalink(state: SharedState): string {
  const picked = pickSharedState(state);
  const version = picked.target.apiVersion;
  const format: FrameFormat = version === undefined || version === endpoint.version ? 1 : 2;
  const target = format === 1 ? { kind: picked.target.kind, storeHandle: picked.target.storeHandle, baseUrl: picked.target.baseUrl } : picked.target;
  const frame = encodeFrame({ bodyText: picked.bodyText, target }, format);
  return `v${format}.` + encodeBase64Url(deflateSync(frame, { level: 9, dictionary: dictionaryV1 }));
}

/**
 * Reads a fragment (with or without its `#`). Never throws: hostile or damaged input gives
 * `{ ok: false, problem, message }`.
 */
export function decodePermalink(fragment: string): DecodeResult {
  const text = unwrap(fragment.replace(/^#/, ""));
  if (text === "") return fail("empty");
  const version = /^v([1-9]\d*)\./.exec(text);
  if (version === null || version[1] === undefined) return fail("not-a-permalink", preview(text));
  if (Number(version[1]) > permalinkFormatVersion) return fail("newer-version", `v${version[1].length > 12 ? `${version[1].slice(0, 12)}…` : version[1]}`);
  return decodeFormat(text.slice(version[0].length), Number(version[1]) === 2 ? 2 : 1);
}

function decodeFormat(payload: string, format: FrameFormat): DecodeResult {
  const base64 = decodeBase64Url(payload);
  if (!base64.ok) {
    if (base64.position === -1) return fail("truncated", "its last character is incomplete");
    return fail("not-base64url", `it contains ${JSON.stringify(payload[base64.position])} at position ${base64.position + 1} of its data, which a permalink never holds`);
  }
  const inflated = inflateWithLimit(base64.bytes, { dictionary: dictionaryV1, maxBytes: permalinkMaxUnpackedBytes });
  if (!inflated.ok) {
    switch (inflated.problem) {
      case "truncated":
        return fail("truncated", "its data ends before the compressed stream does");
      case "corrupt":
        return fail("corrupt", "the compressed stream is invalid");
      case "too-large":
        return fail("too-large", `${permalinkMaxUnpackedBytes / 1024 / 1024} MB`);
    }
  }
  const frame = decodeFrame(inflated.bytes, format);
  if (!frame.ok) return fail(frame.problem, frame.detail);
  const syntaxError = parseJson(frame.state.bodyText).syntaxErrors[0];
  if (syntaxError !== undefined) {
    const at = offsetToLineColumn(lineStarts(frame.state.bodyText), syntaxError.offset);
    const message = permalinkProblemMessage("not-json", `${syntaxError.message} at line ${at.line}, column ${at.column}`);
    return { ok: false, problem: "not-json", message, state: frame.state };
  }
  return { ok: true, state: frame.state };
}

function fail(problem: PermalinkProblem, detail?: string): DecodeResult {
  return { ok: false, problem, message: permalinkProblemMessage(problem, detail) };
}

/**
 * The fragment as the link's author wrote it. Chat tools and mail clients percent-encode what
 * they wrap around a link (`%20v1.…%20`); a permalink itself never holds `%`, so decoding is safe.
 */
function unwrap(fragment: string): string {
  let text = fragment;
  if (text.includes("%")) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not valid percent-encoding: judged as it is.
    }
  }
  return text.trim();
}

/** The start of an unknown fragment, quoted, so the message names it without flooding the UI. */
function preview(text: string): string {
  return JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);
}
