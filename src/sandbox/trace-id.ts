/** A fresh `traceId`: 32 random hex digits (128 bits), like a W3C trace id. Web Crypto works in page and Node. */
export function newTraceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = "";
  for (const byte of bytes) id += byte.toString(16).padStart(2, "0");
  return id;
}
