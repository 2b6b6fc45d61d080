import { documentedExampleText } from "../../src/endpoint/example";

/** A small, seeded PRNG (mulberry32): the same bodies on every run and machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = ["Facebook", "Google", "TikTok", "Email", "Spring", "Summer", "Flash", "VIP", "Welcome", "Retarget", "Order", "Click", "Cart", "Conversion", "Rate", "Count", "Share", "Reach"];
const regions = ["us", "gb", "de", "fr", "jp", "sg", "my", "th", "ua", "br", "ca", "au"];

/**
 * Items shaped like the documented example's, every value varied the way real statistics vary:
 * ids and product ids of the same form with other digits, dates across a year, counts of every
 * magnitude, names and tool tips from several words, lists of 1–3 entries. Field names come from
 * the example (src/endpoint/), so nothing here restates the schema.
 */
export function makeVariedBody(count: number, seed = 20261130): string {
  const random = seeded(seed + count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const digits = (length: number) => Array.from({ length }, (_, i) => (i === 0 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join("");
  const vary = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return Array.from({ length: 1 + Math.floor(random() * 3) }, () => vary(value[0], key));
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, k)]));
    if (typeof value === "number") {
      if (value > 1e12 && value < 2e12) return 1735689600000 + Math.floor(random() * 365 * 86_400) * 1000; // a date in 2025
      if (value > 1e14) return Number(digits(String(value).length));
      if (value < 10) return value; // an enum (a card's type)
      return Math.floor(10 ** (random() * 6));
    }
    if (typeof value !== "string") return value;
    if (/^\d+$/.test(value)) return digits(value.length);
    if (/^\d+\.\d+$/.test(value)) return (random() * 10).toFixed(2);
    const prefixed = /^([A-Z]+_)\d+$/.exec(value);
    if (prefixed) return `${prefixed[1]}${digits(value.length - (prefixed[1] ?? "").length)}`;
    if (value.length <= 3) return pick(regions);
    if (key === "name") return `${pick(words)}${pick(words)}`.slice(0, 20);
    return `${pick(words)} ${pick(words).toLowerCase()} ${pick(words).toLowerCase()}`;
  };
  const example = JSON.parse(documentedExampleText) as Record<string, unknown[]>;
  const [listKey, list] = Object.entries(example)[0] ?? [];
  if (listKey === undefined || !Array.isArray(list)) throw new Error("the documented example has no item list");
  const items = Array.from({ length: count }, () => vary(list[0], listKey));
  return JSON.stringify({ [listKey]: items }, null, 2);
}
