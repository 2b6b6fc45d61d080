import { isRecord, stringField } from "./read-fields";

/**
 * A send's response body as history keeps it, so `Compare` can show what the server said to
 * each of two sends. Kept exactly as received (the text, never re-read as numbers), within
 * limits: the tab keeps what the page would draw whole; this device stores only small ones,
 * so responses never push request bodies out of the stored history.
 */
export type RecordedResponse = { readonly kept: true; readonly text: string } | { readonly kept: false; readonly reason: ResponseNotKeptReason };

/**
 * Why a response is not there: `large`, longer than the tab keeps; `storage`, kept by the tab
 * that sent it but not stored on this device (over {@link responseLimits}`.storedChars`, or
 * no room left after the request bodies); `token`, it held the access token that was sent.
 */
export type ResponseNotKeptReason = "large" | "storage" | "token";

export const responseLimits = {
  /** Kept in the tab's history: what the response view draws whole (src/core/response/response-display.ts). */
  keptChars: 200_000,
  /** Stored on the device, each: 50 of them still leave the history's budget to request bodies. */
  storedChars: 20_000,
  /**
   * A token shorter than this is no credential anyone could lift from a response (SHOPLINE's
   * tokens are long JWTs), while a short test token ("t") occurs in almost any JSON by chance.
   */
  tokenMinChars: 8,
} as const;

/**
 * The record of a received body: `null` when it was too large to read at all.
 * @example recordResponse('{"sucess_count":1}', []) // → { kept: true, text: '{"sucess_count":1}' }
 */
export function recordResponse(text: string | null, secrets: readonly string[]): RecordedResponse {
  if (text === null || text.length > responseLimits.keptChars) return { kept: false, reason: "large" };
  if (secrets.some((secret) => secret.length >= responseLimits.tokenMinChars && text.includes(secret))) return { kept: false, reason: "token" };
  return { kept: true, text };
}

/** What is stored on the device for a response the tab keeps: the text only when small. */
export function responseForStorage(response: RecordedResponse): RecordedResponse {
  return response.kept && response.text.length > responseLimits.storedChars ? notStored : response;
}

/** A kept response left out of storage (to make room, or too large to store). */
export const notStored: RecordedResponse = { kept: false, reason: "storage" };

const reasons: Readonly<Record<ResponseNotKeptReason, true>> = { large: true, storage: true, token: true };

/**
 * Reads a stored response field by field; anything else (a damaged or hand-edited value)
 * reads as not stored, so one bad response does not cost the entry its request body.
 */
export function readRecordedResponse(value: unknown): RecordedResponse {
  if (!isRecord(value)) return notStored;
  if (value["kept"] === true) {
    const text = stringField(value, "text");
    return text === null || text.length > responseLimits.keptChars ? notStored : { kept: true, text };
  }
  const reason = value["reason"];
  if (value["kept"] === false && typeof reason === "string" && Object.hasOwn(reasons, reason)) return { kept: false, reason: reason as ResponseNotKeptReason };
  return notStored;
}

/** Why a response cannot be shown, for the user. */
export function describeNotKept(reason: ResponseNotKeptReason): string {
  switch (reason) {
    case "large":
      return `The response was not kept: it was longer than ${responseLimits.keptChars.toLocaleString("en")} characters.`;
    case "storage":
      return `The response was not stored on this device (only responses up to ${responseLimits.storedChars.toLocaleString("en")} characters are, while room is left), so it was lost on reload.`;
    case "token":
      return "The response was not kept: it contained the access token that was sent.";
  }
}
