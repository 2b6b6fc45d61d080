import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { toOpenApiSchema } from "./openapi-schema";

describe("toOpenApiSchema", () => {
  it("drops the root's $schema and $id and keeps everything else as it is", () => {
    const schema = toOpenApiSchema(bodySchema);
    expect(schema).not.toHaveProperty("$schema");
    expect(schema).not.toHaveProperty("$id");
    const { $schema, $id, ...rest } = bodySchema;
    expect([$schema, $id].every((v) => typeof v === "string")).toBe(true);
    expect(schema).toEqual(rest);
  });

  it("leaves a schema without those keys unchanged", () => {
    expect(toOpenApiSchema({ type: "string" })).toEqual({ type: "string" });
  });
});
