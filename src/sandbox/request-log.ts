/** One request as the sandbox server received it. */
export interface LoggedRequest {
  readonly method: string;
  /** Path and query as sent. */
  readonly url: string;
  /** As received: original name casing and order, repeats kept; secrets masked unless the server logs tokens. */
  readonly headers: readonly (readonly [name: string, value: string])[];
  /** The body bytes decoded as UTF-8, nothing else done to them (a leading BOM is kept). Empty when refused as too large. */
  readonly body: string;
  /** Byte length of the body, to tell an exact copy from one that only decodes the same. */
  readonly bodyBytes: number;
  /** Set when the body was over the server's limit: answered 413 and not kept. */
  readonly tooLarge?: true;
  /** ISO time of arrival. */
  readonly receivedAt: string;
}

/** The last `limit` requests, oldest first, and no more body bytes than `maxBytes` (the newest always kept). */
interface RequestLog {
  readonly limit: number;
  readonly maxBytes: number;
  readonly entries: LoggedRequest[];
  bytes: number;
}

const defaultRequestLogLimit = 50;
/** Keeps the log's memory bounded whatever clients send (twelve 50 MB bodies once took 2 GB). */
const defaultRequestLogMaxBytes = 32 * 1024 * 1024;

export function createRequestLog(limit = defaultRequestLogLimit, maxBytes = defaultRequestLogMaxBytes): RequestLog {
  return { limit, maxBytes, entries: [], bytes: 0 };
}

export function recordRequest(log: RequestLog, entry: LoggedRequest): void {
  log.entries.push(entry);
  log.bytes += entry.body.length;
  let drop = 0;
  let bytes = log.bytes;
  while (log.entries.length - drop > 1 && (log.entries.length - drop > log.limit || bytes > log.maxBytes)) {
    bytes -= log.entries[drop]?.body.length ?? 0;
    drop++;
  }
  log.entries.splice(0, drop);
  log.bytes = bytes;
}

export function clearRequestLog(log: RequestLog): void {
  log.entries.length = 0;
  log.bytes = 0;
}

/** Headers that carry credentials: masked in the log unless the server was asked to log tokens. */
const secretHeaders = new Set(["authorization", "proxy-authorization", "cookie"]);

/**
 * Headers with each credential replaced by its scheme and length, so a log read by the wrong
 * eyes (or pasted into a bug report) leaks no token, yet still shows that one was sent.
 * @example maskSecrets([["Authorization", "Bearer abc"]]) // → [["Authorization", "Bearer [masked: 3 characters]"]]
 */
export function maskSecrets(headers: readonly (readonly [string, string])[]): [string, string][] {
  return headers.map(([name, value]) => {
    if (!secretHeaders.has(name.toLowerCase())) return [name, value];
    const [, scheme, secret] = /^([A-Za-z][\w.+-]*) +(.*)$/s.exec(value) ?? [undefined, undefined, value];
    const masked = `[masked: ${[...(secret ?? "")].length} characters]`;
    return [name, scheme === undefined ? masked : `${scheme} ${masked}`];
  });
}
