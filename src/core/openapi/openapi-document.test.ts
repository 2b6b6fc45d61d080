import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { endpoint, statusMeanings } from "../../endpoint/descriptor";
import { documentedExampleText } from "../../endpoint/example";
import { bodySchema, schemaExtensionKeywords } from "../../endpoint/schema";
import { makeOpenApiDocument, openApiNames } from "./openapi-document";

const document = makeOpenApiDocument();

/** The value at `path` inside `value`, following a local `$ref` wherever one is met. */
function get(value: unknown, ...path: string[]): unknown {
  let at = resolve(value);
  for (const key of path) at = resolve(typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined);
  return at;
}

function resolve(value: unknown): unknown {
  const pointer = typeof value === "object" && value !== null ? (value as Record<string, unknown>).$ref : undefined;
  return typeof pointer === "string" ? get(document, ...pointer.slice(2).split("/")) : value;
}

const operation = get(document, "paths", endpoint.resourcePath, "post");
const json = "application/json";

describe("makeOpenApiDocument", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate({ ...document });
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("serves the store URL with a handle variable, at this version", () => {
    expect(get(document, "servers")).toEqual([
      {
        url: `https://{handle}.myshopline.com/admin/openapi/${endpoint.version}`,
        variables: { handle: expect.objectContaining({ default: "open001" }) },
      },
    ]);
  });

  it("requires a bearer token", () => {
    expect(get(operation, "security")).toEqual([{ [openApiNames.securityScheme]: [] }]);
    expect(get(document, "components", "securitySchemes", openApiNames.securityScheme)).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("takes the body schema's fields exactly, as JSON Schema 2020-12", () => {
    const schema = get(operation, "requestBody", "content", endpoint.headers.contentType.value, "schema");
    const fields = Object.fromEntries(Object.entries(bodySchema).filter(([key]) => key !== "$schema" && key !== "$id"));
    expect(Object.keys(bodySchema)).toEqual(expect.arrayContaining(["$schema", "$id"]));
    expect(schema).toEqual(fields);
    // Usable as it stands by a 2020-12 validator. The documented example's only violation is the
    // page's own: "FackbookOrderConversionRate" (27 characters) under "maximum 20 characters".
    // (JSON.parse is exact here: the example's numbers are below 2^53.)
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const keyword of schemaExtensionKeywords) ajv.addKeyword(keyword);
    ajv.addFormat("int64", true);
    expect(ajv.validate(schema as object, JSON.parse(documentedExampleText))).toBe(false);
    expect(ajv.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ["/marketing_activity_datas/0/custom_activity_engagement_list/0/name", "maxLength"],
    ]);
  });

  it("answers 200 with sucess_count and a traceId header", () => {
    expect(Object.keys(get(operation, "responses", "200", "content", json, "schema", "properties") as object)).toEqual([
      endpoint.response.successCountField,
    ]);
    expect(get(operation, "responses", "200", "headers", endpoint.response.traceIdHeader)).toMatchObject({ schema: { type: "string" } });
  });

  it("documents every error status with the errors schema and the traceId header", () => {
    const errorCodes = statusMeanings.filter((s) => s.code >= 400).map((s) => String(s.code));
    expect(Object.keys(get(operation, "responses") as object)).toEqual(["200", ...errorCodes]);
    for (const code of errorCodes) {
      expect(get(operation, "responses", code, "content", json, "schema", "properties")).toHaveProperty(endpoint.response.errorsField);
      expect(get(operation, "responses", code, "headers")).toHaveProperty(endpoint.response.traceIdHeader);
    }
    expect(get(operation, "responses", "429", "content", json, "example")).toEqual(endpoint.rateLimit.body);
  });
});
