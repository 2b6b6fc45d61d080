import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { JsonObject, JsonValue } from "./json-value";

describe("JsonValue", () => {
  it("holds every JSON value, which JSON text carries unchanged", () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (value) => {
        const typed = value as JsonValue; // fast-check types its objects as writable
        const text = JSON.stringify(typed);
        expect(JSON.stringify(JSON.parse(text))).toBe(text); // -0 is written 0, as in any JSON text

      }),
    );
  });

  it("is exactly the JSON kinds, read-only; a JsonObject is one of them", () => {
    expectTypeOf<JsonObject>().toMatchTypeOf<JsonValue>();
    expectTypeOf<Extract<JsonValue, string | number | boolean | null>>().toEqualTypeOf<string | number | boolean | null>();
    expectTypeOf<undefined>().not.toMatchTypeOf<JsonValue>();
    expectTypeOf<() => void>().not.toMatchTypeOf<JsonValue>();
    expectTypeOf<{ a: Date }>().not.toMatchTypeOf<JsonObject>();
    expectTypeOf<JsonValue[]>().toMatchTypeOf<JsonValue>();
    const write = (o: JsonObject): void => {
      // @ts-expect-error a document is not changed in place
      o["a"] = 1;
    };
    expect(typeof write).toBe("function");
  });
});
