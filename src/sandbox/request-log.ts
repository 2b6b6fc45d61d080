/** One request as the sandbox server received it. */
export interface LoggedRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  /** As received: original name casing and order, repeats kept. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  /** The body bytes decoded as UTF-8, nothing else done to them (a leading BOM is kept). */
  readonly body: string;
  /** Byte length of the body, to tell an exact copy from one that only decodes the same. */
  readonly bodyBytes: number;
  /** ISO time of arrival. */
  readonly receivedAt: string;
}

/** The last `limit` requests, oldest first, so tests can compare what was really sent. */
export interface RequestLog {
  readonly limit: number;
  readonly entries: LoggedRequest[];
}

export const defaultRequestLogLimit = 50;

export function createRequestLog(limit = defaultRequestLogLimit): RequestLog {
  return { limit, entries: [] };
}

export function recordRequest(log: RequestLog, entry: LoggedRequest): void {
  log.entries.push(entry);
  if (log.entries.length > log.limit) log.entries.splice(0, log.entries.length - log.limit);
}

export function clearRequestLog(log: RequestLog): void {
  log.entries.length = 0;
}
