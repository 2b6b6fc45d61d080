import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatPath, parsePath, pathFromPointer } from "./json-path";

describe("formatPath / parsePath", () => {
  it.each([
    [[], "(body)"],
    [["marketing_activity_datas", 0, "custom_sale_data_list", 1, "name"], "marketing_activity_datas[0].custom_sale_data_list[1].name"],
    [["odd key", 2], '["odd key"][2]'],
    [["a", "quote\"d"], 'a["quote\\"d"]'],
  ])("%j ↔ %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
    expect(parsePath(text)).toEqual(path);
  });

  it("round-trips any path", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        expect(parsePath(formatPath(path))).toEqual(path);
      }),
    );
  });

  it.each(["", ".a", "a[", "a[01]", "a..b"])("refuses %j", (text) => {
    if (text === "") expect(parsePath(text)).toEqual([]);
    else expect(parsePath(text)).toBeUndefined();
  });
});

describe("pathFromPointer", () => {
  it("decodes ajv's JSON Pointers", () => {
    expect(pathFromPointer("/marketing_activity_datas/0/a~1b~0c")).toEqual(["marketing_activity_datas", 0, "a/b~c"]);
  });
});
