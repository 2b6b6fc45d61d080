import { describe, expect, it, vi } from "vitest";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import * as depth from "../../core/json/nesting-depth";
import { createDeepBodyGuard } from "./deep-body-guard";

vi.mock("../../core/json/nesting-depth", async (original) => {
  const actual = await original<typeof depth>();
  return { nestingDepth: vi.fn(actual.nestingDepth) };
});

function guard(text: { value: string }) {
  const switches: boolean[] = [];
  const model = { getValue: () => text.value } as unknown as MonacoApi.editor.ITextModel;
  const jsonHelp = { set: vi.fn() };
  return { g: createDeepBodyGuard(jsonHelp, model, (deep) => switches.push(deep)), switches };
}

const items = (n: number) => `{"marketing_activity_datas":[${Array.from({ length: n }, () => '{"product_sale_list":[{"product_id":"1"}]}').join(",")}]}`;
const scannedLengths = () => vi.mocked(depth.nestingDepth).mock.calls.map(([t]) => t.length);

describe("deep body guard", () => {
  it("scans a body that replaced the whole text once, not again when it is read", () => {
    const text = { value: items(10_000) };
    const { g, switches } = guard(text);
    vi.mocked(depth.nestingDepth).mockClear();
    g.afterEdit([text.value], text.value);
    g.check(text.value);
    g.check(text.value);
    expect(scannedLengths()).toEqual([text.value.length]);
    expect(switches).toEqual([]);
  });

  it("typing raises the bound by what it inserts and scans the whole text only past the limit", () => {
    const text = { value: items(3) };
    const { g, switches } = guard(text);
    g.check(text.value);
    vi.mocked(depth.nestingDepth).mockClear();
    g.afterEdit(["a"]);
    g.check(text.value);
    expect(scannedLengths()).toEqual([1]);
    // A paste 600 deep inside: past the limit, the whole text is scanned and found too deep.
    const deep = "[".repeat(600) + "]".repeat(600);
    text.value = text.value.replace('"1"', deep);
    g.afterEdit([deep]);
    expect(switches).toEqual([true]);
    // Too deep: every read scans, so the body is seen getting shallower again.
    text.value = items(3);
    g.check(text.value);
    expect(switches).toEqual([true, false]);
  });

  it("a body that came in unscanned is scanned at the next read", () => {
    const text = { value: items(3) };
    const { g, switches } = guard(text);
    g.check(text.value);
    g.forget();
    text.value = "[".repeat(600) + "]".repeat(600);
    g.check(text.value);
    expect(switches).toEqual([true]);
  });
});
