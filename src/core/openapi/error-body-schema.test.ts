import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { errorBodySchema } from "./error-body-schema";

const validate = new Ajv2020({ strict: true }).compile(errorBodySchema);

describe("errorBodySchema", () => {
  it.each([
    [{ errors: "Too many request" }, true],
    [{ errors: ["a", "b"] }, true],
    [{ errors: { "marketing_activity_datas[0].name": "too long" } }, true],
    [{ errors: { name: ["too long", "bad"] } }, true],
    [{ errors: "x", code: 422, message: "Unprocessable" }, true],
    [{ errors: 42 }, false],
    [{ errors: { name: 1 } }, false],
  ])("accepts %j: %s", (body, valid) => {
    expect(validate(body)).toBe(valid);
  });
});
