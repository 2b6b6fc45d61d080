import { Inflate } from "fflate";

/**
 * Raw-deflate decompression that refuses to grow past a limit. A link is untrusted input: a few
 * kilobytes of deflate can expand to gigabytes (a "zip bomb"), so the compressed bytes are fed in
 * small chunks and inflation stops as soon as the output passes the limit, before the rest is
 * ever produced. One deflate byte yields at most ~1 KiB, so the overshoot is bounded by
 * `chunkBytes` KiB.
 */

interface InflateLimits {
  /** The preset dictionary the data was compressed with. */
  readonly dictionary: Uint8Array;
  /** Output larger than this is refused. */
  readonly maxBytes: number;
  /** Compressed bytes fed per step (default 1024). */
  readonly chunkBytes?: number;
}

type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: "truncated" | "corrupt" | "too-large"; readonly producedBytes: number };

/** fflate's error code for "unexpected EOF": the stream ended before its last block. */
const unexpectedEof = 0;

export function inflateWithLimit(data: Uint8Array, limits: InflateLimits): InflateResult {
  const chunkBytes = limits.chunkBytes ?? 1024;
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate({ dictionary: limits.dictionary }, (chunk) => {
    produced += chunk.length;
    if (produced <= limits.maxBytes) chunks.push(chunk);
  });
  if (data.length === 0) return { ok: false, problem: "truncated", producedBytes: 0 };
  try {
    for (let start = 0; start < data.length; start += chunkBytes) {
      const end = Math.min(start + chunkBytes, data.length);
      inflater.push(data.subarray(start, end), end === data.length);
      if (produced > limits.maxBytes) return { ok: false, problem: "too-large", producedBytes: produced };
    }
  } catch (error) {
    const truncated = isFlateError(error) && error.code === unexpectedEof;
    return { ok: false, problem: truncated ? "truncated" : "corrupt", producedBytes: produced };
  }
  return { ok: true, bytes: concat(chunks, produced) };
}

function isFlateError(error: unknown): error is { code: number } {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "number";
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
