import type { ItemSpan } from "../body/items-index";
import { itemsListField } from "../../endpoint/item-fields";

/** One request of a bulk run: which items it carries and its body. */
export interface Batch {
  /** 0-based index of the batch's first item in the body. */
  readonly first: number;
  readonly count: number;
  /** `{"marketing_activity_datas":[…]}` around the items' text, byte for byte. */
  readonly body: string;
}

const open = `{${JSON.stringify(itemsListField)}:[`;
const close = "]}";

/**
 * The body's items split into requests of `perRequest`. Each item's text is copied exactly as
 * the body has it (no parse, no re-serialising), joined by commas inside the list wrapper.
 */
export function splitIntoBatches(bodyText: string, spans: readonly ItemSpan[], perRequest: number): Batch[] {
  const size = Math.max(1, Math.floor(perRequest));
  const batches: Batch[] = [];
  for (let first = 0; first < spans.length; first += size) {
    const slice = spans.slice(first, first + size);
    const body = open + slice.map((span) => bodyText.slice(span.offset, span.offset + span.length)).join(",") + close;
    batches.push({ first, count: slice.length, body });
  }
  return batches;
}

/** "items 101–200" (1-based, as a person counts). */
export function itemRange(batch: Pick<Batch, "first" | "count">): string {
  return batch.count === 1 ? `item ${batch.first + 1}` : `items ${batch.first + 1}–${batch.first + batch.count}`;
}

/**
 * A fingerprint of the body and the split, to tell after a reload whether a stored run still
 * describes this body. Two independent 32-bit FNV-1a style hashes plus the length: not
 * cryptographic, only needs to notice edits.
 */
export function runFingerprint(bodyText: string, perRequest: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ perRequest;
  for (let i = 0; i < bodyText.length; i++) {
    const c = bodyText.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${bodyText.length}-${perRequest}-${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}`;
}
