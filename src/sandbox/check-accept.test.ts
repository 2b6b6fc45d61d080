import { describe, expect, it } from "vitest";
import { acceptsJson } from "./check-accept";

describe("acceptsJson", () => {
  it.each([null, "", "application/json", "Application/JSON; charset=utf-8", "*/*", "application/*", "text/html, */*;q=0.1", "text/plain, application/json"])(
    "%j accepts JSON",
    (value) => expect(acceptsJson(value)).toBe(true),
  );

  it.each(["text/html", "application/xml", "text/*", "application/json;q=0", "*/*; q=0.000"])("%j does not", (value) => {
    expect(acceptsJson(value)).toBe(false);
  });
});
