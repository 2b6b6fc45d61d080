import { describe, expect, it } from "vitest";
import { endpoint } from "../../endpoint/descriptor";
import { targetApiVersion, type TargetSettings } from "../request/target";
import { decodePermalink, encodePermalink } from "./permalink";

const body = '{"marketing_activity_datas":[{"marketing_event_id":"MA_1","occurred_on":1672246800000}]}';
const targets: readonly TargetSettings[] = [
  { kind: "sandbox", storeHandle: "", baseUrl: "" },
  { kind: "store", storeHandle: "open001", baseUrl: "" },
  { kind: "custom", storeHandle: "", baseUrl: "http://127.0.0.1:8787/admin/openapi/v20270301" },
];

describe("permalinks carry the API version", () => {
  it.each(endpoint.versions.flatMap((version) => targets.map((target) => [version, target.kind, { ...target, apiVersion: version }] as const)))(
    "%s, %s target: round trip",
    (version, _kind, target) => {
      const link = encodePermalink({ bodyText: body, target });
      const decoded = decodePermalink(link);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.state.bodyText).toBe(body);
      expect(targetApiVersion(decoded.state.target)).toBe(version);
      expect({ ...decoded.state.target, apiVersion: targetApiVersion(decoded.state.target) }).toEqual(target);
    },
  );

  it("the default version still makes a v1 link, byte for byte as before versions could be chosen", () => {
    const target = targets[1] as TargetSettings;
    const withDefault = encodePermalink({ bodyText: body, target: { ...target, apiVersion: "v20260301" } });
    expect(withDefault).toMatch(/^v1\./);
    expect(withDefault).toBe(encodePermalink({ bodyText: body, target }));
  });

  it("another version makes a v2 link", () => {
    expect(encodePermalink({ bodyText: body, target: { ...targets[0]!, apiVersion: "v20250601" } })).toMatch(/^v2\./);
  });

  it("a v2 link made today decodes the same forever (vector)", () => {
    expect(decodePermalink("v2.Y2QHCQE9yMAJEjMHiVUQaFvhakuZGRhaWpoAi2RjAyNDU1NLAwtQ1YyvRYBU7hsDaw0A")).toEqual({
      ok: true,
      state: {
        bodyText: '{"marketing_activity_datas":[{"marketing_event_id":"MA_6019943243021559089","occurred_on":1672246800000,"order_num":3}]}',
        target: { kind: "store", storeHandle: "open001", baseUrl: "", apiVersion: "v20270301" },
      },
    });
  });

  it("a v2 link naming an undocumented version is refused, not guessed", async () => {
    const { deflateSync } = await import("fflate");
    const { encodeFrame } = await import("./framing");
    const { dictionaryV1Text } = await import("./dictionary-v1");
    const frame = encodeFrame({ bodyText: body, target: { kind: "sandbox", storeHandle: "", baseUrl: "", apiVersion: "v20990101" as "v20270301" } }, 2);
    const link = "v2." + Buffer.from(deflateSync(frame, { dictionary: new TextEncoder().encode(dictionaryV1Text) })).toString("base64url");
    expect(decodePermalink(link)).toMatchObject({ ok: false, problem: "bad-framing" });
  });

  it("a v1 link (no version recorded) opens with v20260301", () => {
    const decoded = decodePermalink("v1.Y2BgqCDQlMLVdDIzMLS0NAGWwMYGRoamppYGFqCaGF8DAKmYNwZWEgA");
    expect(decoded.ok && targetApiVersion(decoded.state.target)).toBe("v20260301");
  });
});
