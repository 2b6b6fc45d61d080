import lzString from "lz-string";
import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../../endpoint/example";
import { decodePermalink, encodePermalink } from "./permalink";
import type { SharedState } from "./shared-state";

/**
 * The documented example's item repeated with varied numbers and ids, as a real export looks
 * (same keys and layout, different values). Deterministic, so the figures are reproducible.
 */
function itemsBody(count: number): string {
  const start = documentedExampleText.indexOf("    {\n");
  const end = documentedExampleText.lastIndexOf("    }") + "    }".length;
  const item = documentedExampleText.slice(start, end);
  const items = Array.from({ length: count }, (_, i) => {
    let k = 0;
    return item
      .replace(/: 100(?=[,\n])/g, () => `: ${(i * 7919 + ++k * 104729) % 100000}`)
      .replace("MA_12323312324", `MA_${6019943243021559089n + BigInt(i * 977)}`)
      .replace("1672246800000", String(1672246800000 + i * 3_600_000))
      .replace("16062938070772167548642145", String(16062938070772167548642145n + BigInt(i * 31)));
  });
  return documentedExampleText.slice(0, start) + items.join(",\n") + documentedExampleText.slice(end);
}

const target = { kind: "sandbox", storeHandle: "", baseUrl: "" } as const;

function measure(name: string, bodyText: string): { ours: number; lz: number } {
  const ours = encodePermalink({ bodyText, target }).length;
  const lz = lzString.compressToEncodedURIComponent(bodyText).length;
  console.log(`${name}: ${bodyText.length} chars → permalink ${ours} chars, lz-string ${lz} chars (ratio ${(ours / lz).toFixed(3)})`);
  return { ours, lz };
}

describe("permalink size", () => {
  it("encodes the documented example in at most half the characters of lz-string", () => {
    const { ours, lz } = measure("documented example", documentedExampleText);
    expect(ours / lz).toBeLessThanOrEqual(0.5);
  });

  it("stays smaller than lz-string for a 1,000-item body, and opens it back", () => {
    const bodyText = itemsBody(1000);
    expect(bodyText.split('"marketing_event_id"').length - 1).toBe(1000);
    const { ours, lz } = measure("1,000 items", bodyText);
    expect(ours).toBeLessThan(lz);
    const state: SharedState = { bodyText, target };
    expect(decodePermalink(encodePermalink(state))).toEqual({ ok: true, state });
  });
});
