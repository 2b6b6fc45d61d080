import { describe, expect, it } from "vitest";
import { documentedExampleText } from "../endpoint/example";
import { makeManyItemsBody } from "./many-items";

describe("makeManyItemsBody", () => {
  it("reproduces the documented example for one item, apart from nothing", () => {
    expect(makeManyItemsBody(1)).toBe(documentedExampleText);
  });

  it("makes N distinct items", () => {
    const body = JSON.parse(makeManyItemsBody(3)) as { marketing_activity_datas: { marketing_event_id: string }[] };
    expect(body.marketing_activity_datas.map((i) => i.marketing_event_id)).toEqual(["MA_12323312324", "MA_12323312325", "MA_12323312326"]);
  });
});
