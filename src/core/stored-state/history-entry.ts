import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { pickTargetSettings, type TargetSettings } from "../request/target";
import { readRecordedRequest, recordRequest, type RecordedRequest } from "./recorded-request";
import { finiteNumberField, isRecord, readTargetSettings, stringField, type UnknownRecord } from "./read-fields";
import { readRecordedResponse, recordResponse, type RecordedResponse } from "./recorded-response";

/** One send, as the history list shows it and can restore it. No token anywhere. */
export interface HistoryEntry {
  readonly id: string;
  /** When it was sent, in milliseconds since the epoch. */
  readonly time: number;
  readonly request: RecordedRequest;
  readonly target: TargetSettings;
  /** HTTP status, or `null` when no answer came (network error, CORS, cancelled). */
  readonly status: number | null;
  /** `sucess_count` as its literal digits: it is a 64-bit integer, which a JS number may round. */
  readonly successCount: string | null;
  readonly traceId: string | null;
  readonly durationMs: number;
  readonly label?: string;
  /**
   * The response body, for `Compare`. Absent when no answer came, for kept drafts, and in
   * entries stored before responses were kept (the history's shape is otherwise the same).
   */
  readonly response?: RecordedResponse;
}

/** A send as the app knows it: the same fields, with the request still holding its token. */
export interface SendRecord extends Omit<HistoryEntry, "request" | "response"> {
  readonly request: PreparedRequest;
  /** The answer's body as received; `null` when one came but was too large to read; absent without an answer. */
  readonly responseText?: string | null;
}

const authorization = endpoint.headers.authorization;

/** The token a request carried (its Authorization header without the scheme), if any. */
function tokensOf(request: PreparedRequest): string[] {
  const prefix = `${authorization.scheme} `;
  return request.headers
    .filter(([name]) => name.toLowerCase() === authorization.name.toLowerCase())
    .map(([, value]) => (value.startsWith(prefix) ? value.slice(prefix.length) : value).trim());
}

/** The history entry of a send, with the request's token redacted. */
export function makeHistoryEntry(send: SendRecord): HistoryEntry {
  const entry: HistoryEntry = {
    id: send.id,
    time: send.time,
    request: recordRequest(send.request),
    target: pickTargetSettings(send.target),
    status: send.status,
    successCount: send.successCount,
    traceId: send.traceId,
    durationMs: send.durationMs,
    // Never a token in history: a response echoing the one sent is not kept.
    ...(send.responseText === undefined ? {} : { response: recordResponse(send.responseText, tokensOf(send.request)) }),
  };
  return send.label === undefined ? entry : { ...entry, label: send.label };
}

/** A draft kept before something replaced it: the body and target as they were, sent or not. */
interface DraftRecord {
  readonly id: string;
  readonly time: number;
  readonly bodyText: string;
  readonly target: TargetSettings;
  /** The request the draft would send, when its target can be built; without it the URL is empty. */
  readonly request: PreparedRequest | undefined;
  readonly label: string;
}

/**
 * The history entry of a draft. A target that cannot be built yet (an empty store handle, a
 * half-typed base URL) still keeps the body: the entry records the target's fields, no URL.
 */
export function makeDraftEntry(draft: DraftRecord): HistoryEntry {
  const request: PreparedRequest = draft.request ?? { method: endpoint.method, url: "", headers: [], body: draft.bodyText, hasToken: false };
  return makeHistoryEntry({
    id: draft.id,
    time: draft.time,
    request: { ...request, body: draft.bodyText },
    target: draft.target,
    status: null,
    successCount: null,
    traceId: null,
    durationMs: 0,
    label: draft.label,
  });
}

/** Reads a stored entry field by field; `null` when any field is missing or of the wrong type. */
export function readHistoryEntry(value: unknown): HistoryEntry | null {
  if (!isRecord(value)) return null;
  const id = stringField(value, "id");
  const time = finiteNumberField(value, "time");
  const request = readRecordedRequest(value["request"]);
  const target = readTargetSettings(value["target"]);
  const durationMs = finiteNumberField(value, "durationMs");
  const status = nullable(value, "status", finiteNumberField);
  const successCount = nullable(value, "successCount", stringField);
  const traceId = nullable(value, "traceId", stringField);
  const label = value["label"] === undefined ? undefined : stringField(value, "label");
  if (id === null || time === null || request === null || target === null || durationMs === null) return null;
  if (status === undefined || successCount === undefined || traceId === undefined || label === null) return null;
  const entry: HistoryEntry = {
    id,
    time,
    request,
    target,
    status,
    successCount,
    traceId,
    durationMs,
    ...(value["response"] === undefined ? {} : { response: readRecordedResponse(value["response"]) }),
  };
  return label === undefined ? entry : { ...entry, label };
}

/** A field that may hold `null`: its value, `null`, or `undefined` when it holds something else. */
function nullable<T>(record: UnknownRecord, key: string, read: (r: UnknownRecord, k: string) => T | null): T | null | undefined {
  if (record[key] === null) return null;
  const value = read(record, key);
  return value === null ? undefined : value;
}
