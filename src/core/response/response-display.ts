import type { ClassifiedResponse } from "./classify-response";

/** How much of an answer the page draws: a 15 MB body in one `<pre>` froze the page for seconds. */
export const responseDisplayLimits = { bodyChars: 200_000, errors: 200 } as const;

/** A classified response cut down to what is drawn; the whole body stays downloadable. */
export interface DisplayedResponse extends ClassifiedResponse {
  /** The first `errors` of the answer's errors. */
  readonly errors: ClassifiedResponse["errors"];
  readonly errorsTotal: number;
  /** The start of the (pretty) body. */
  readonly prettyBody: string;
  /** Characters of the whole pretty body, when `prettyBody` is only its start. */
  readonly prettyBodyTotalChars?: number;
}

/**
 * Cuts a classified response to what the page draws: the first errors and the start of the
 * body, never splitting a surrogate pair. Small enough to post from a worker in one piece.
 * @example forDisplay(classified, { bodyChars: 10, errors: 1 }).prettyBodyTotalChars // → 250 for a 250-character body
 */
export function forDisplay(classified: ClassifiedResponse, limits: { readonly bodyChars: number; readonly errors: number } = responseDisplayLimits): DisplayedResponse {
  const body = classified.prettyBody;
  const cut = body.length > limits.bodyChars;
  let end = limits.bodyChars;
  if (cut && isHighSurrogate(body.charCodeAt(end - 1))) end--;
  return {
    ...classified,
    errors: classified.errors.slice(0, limits.errors),
    errorsTotal: classified.errors.length,
    prettyBody: cut ? body.slice(0, end) : body,
    ...(cut ? { prettyBodyTotalChars: body.length } : {}),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
