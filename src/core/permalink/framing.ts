import { readApiVersion, type TargetKind, type TargetSettings } from "../request/target";
import type { SharedState } from "./shared-state";
import { decodeUtf8, encodeUtf8 } from "../encoding/utf8";

/**
 * Format v1's binary frame, before compression:
 *
 *   kind code (1 byte) · handle length · handle · base URL length · base URL · body length · body
 *
 * Lengths are unsigned LEB128 varints counting UTF-8 bytes. The body goes last because it is
 * the bulk: the compressor then sees it right after the preset dictionary, whose tail is the
 * documented example. Frozen: a change here is a new format version.
 *
 * Format v2 adds the API version, as a length-prefixed text before the body:
 *
 *   kind code · handle length · handle · base URL length · base URL · version length · version · body length · body
 *
 * A v1 frame is read as a v2 frame without a version: the default v20260301, what every link
 * meant before versions could be chosen.
 */

/** The frame formats this code reads: the number after `v` in the link. */
export type FrameFormat = 1 | 2;

/** `Record` makes the compiler demand a code for every kind; the numbers are part of format v1. */
const kindCodes: Readonly<Record<TargetKind, number>> = { sandbox: 0, store: 1, custom: 2 };
const kindOfCode = new Map<number, TargetKind>(Object.entries(kindCodes).map(([kind, code]) => [code, kind as TargetKind]));

const maxVarintBytes = 5;

type FrameProblem = "bad-framing" | "truncated" | "not-utf8";

type FrameResult =
  | { readonly ok: true; readonly state: SharedState }
  | { readonly ok: false; readonly problem: FrameProblem; readonly detail: string };

export function encodeFrame(state: SharedState, format: FrameFormat = 1): Uint8Array {
  const { storeHandle, baseUrl, apiVersion = "" } = state.target;
  const texts = format === 1 ? [storeHandle, baseUrl, state.bodyText] : [storeHandle, baseUrl, apiVersion, state.bodyText];
  const fields = texts.map(encodeUtf8);
  const heads = fields.map((bytes) => varint(bytes.length));
  const size = 1 + heads.reduce((sum, head, i) => sum + head.length + fields[i]!.length, 0);
  const frame = new Uint8Array(size);
  frame[0] = kindCodes[state.target.kind];
  let offset = 1;
  fields.forEach((bytes, i) => {
    frame.set(heads[i]!, offset);
    offset += heads[i]!.length;
    frame.set(bytes, offset);
    offset += bytes.length;
  });
  return frame;
}

export function decodeFrame(frame: Uint8Array, format: FrameFormat = 1): FrameResult {
  const kind = kindOfCode.get(frame[0] ?? -1);
  if (kind === undefined) {
    return fail("bad-framing", frame.length === 0 ? "it holds no data" : `unknown target kind code ${frame[0]}`);
  }
  const reader = { offset: 1 };
  const texts: string[] = [];
  for (const field of format === 1 ? ["store handle", "base URL", "body"] : ["store handle", "base URL", "API version", "body"]) {
    const length = readVarint(frame, reader);
    if (length === null) return fail("bad-framing", `the ${field} length is malformed`);
    const end = reader.offset + length;
    if (end > frame.length) {
      // Only the body may be short because the link was cut; earlier fields come first in the stream.
      return fail(field === "body" ? "truncated" : "bad-framing", `the ${field} is shorter than its stated length`);
    }
    const text = decodeUtf8(frame.subarray(reader.offset, end));
    if (text === null) return fail("not-utf8", `the ${field} is not valid UTF-8 text`);
    texts.push(text);
    reader.offset = end;
  }
  if (reader.offset !== frame.length) return fail("bad-framing", `${frame.length - reader.offset} unexpected bytes follow the body`);
  if (format === 1) {
    const [storeHandle = "", baseUrl = "", bodyText = ""] = texts;
    return { ok: true, state: { bodyText, target: { kind, storeHandle, baseUrl } } };
  }
  const [storeHandle = "", baseUrl = "", versionText = "", bodyText = ""] = texts;
  const apiVersion = readApiVersion(versionText);
  if (apiVersion === undefined) return fail("bad-framing", `the API version ${JSON.stringify(versionText)} is not one this endpoint is documented in`);
  const target: TargetSettings = { kind, storeHandle, baseUrl, apiVersion };
  return { ok: true, state: { bodyText, target } };
}

function fail(problem: FrameProblem, detail: string): FrameResult {
  return { ok: false, problem, detail };
}

function varint(value: number): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
}

/** Reads one varint and advances; `null` when it runs past the frame or past 5 bytes. */
function readVarint(frame: Uint8Array, reader: { offset: number }): number | null {
  let value = 0;
  for (let i = 0; i < maxVarintBytes; i++) {
    const byte = frame[reader.offset + i];
    if (byte === undefined) return null;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (byte < 0x80) {
      reader.offset += i + 1;
      return value;
    }
  }
  return null;
}
