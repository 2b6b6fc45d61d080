import { describe, expect, it } from "vitest";
import { bodySchema } from "../../endpoint/schema";
import { bodySchemaDocument, exportFileNamesFor, openApiDocumentText } from "./export-files";
import { makeOpenApiDocument } from "./openapi-document";

describe("export files", () => {
  it("writes the body schema as pretty JSON with a final newline, $schema and $id kept", () => {
    const text = bodySchemaDocument();
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe(`  "$schema": "${String(bodySchema.$schema)}",`);
    expect(JSON.parse(text)).toEqual(bodySchema);
  });

  it("writes the OpenAPI document as pretty JSON", () => {
    expect(JSON.parse(openApiDocumentText())).toEqual(makeOpenApiDocument());
    expect(openApiDocumentText()).toMatch(/^\{\n {2}"openapi": "3\.1\.0",/);
  });

  it("names the files after the endpoint and version", () => {
    expect(exportFileNamesFor("v20260301")).toEqual({
      bodySchema: "sync_data.v20260301.request.schema.json",
      openApi: "sync_data.v20260301.openapi.json",
    });
  });

  it("the OpenAPI export and its file name carry the chosen API version", () => {
    const document = JSON.parse(openApiDocumentText("v20270301")) as { info: { version: string }; servers: { url: string }[] };
    expect(document.info.version).toBe("v20270301");
    expect(document.servers[0]?.url).toBe("https://{handle}.myshopline.com/admin/openapi/v20270301");
    expect(exportFileNamesFor("v20250601").openApi).toBe("sync_data.v20250601.openapi.json");
  });
});
