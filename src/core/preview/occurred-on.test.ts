import { describe, expect, it } from "vitest";
import { describeOccurredOn } from "./occurred-on";

/** ICU puts narrow no-break spaces before AM/PM; compare as a reader sees them. */
const plain = (text: string | undefined) => text?.replace(/\s/g, " ");

describe("describeOccurredOn", () => {
  it("reads the documented example in UTC and in a given zone", () => {
    const shown = describeOccurredOn("1672246800000", "en-US", "Asia/Singapore");
    expect(shown.iso).toBe("2022-12-28T17:00:00.000Z");
    expect(plain(shown.utc)).toBe("Dec 28, 2022, 05:00:00 PM UTC");
    expect(plain(shown.local)).toBe("Dec 29, 2022, 01:00:00 AM GMT+8");
  });

  it.each(["99999999999999999999", "1.5", "1e12", '"1672246800000"'])("%s is no date, and is kept as written", (literal) => {
    expect(describeOccurredOn(literal, "en-US", "UTC")).toEqual({ literal });
  });
});
