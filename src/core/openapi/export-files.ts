import { endpoint, type ApiVersion } from "../../endpoint/descriptor";
import { bodySchema } from "../../endpoint/schema";
import { makeOpenApiDocument } from "./openapi-document";

/** File names for downloads, naming the API version chosen. */
export function exportFileNamesFor(version: ApiVersion): { readonly bodySchema: string; readonly openApi: string } {
  return { bodySchema: `sync_data.${version}.request.schema.json`, openApi: `sync_data.${version}.openapi.json` };
}

/** The body's JSON Schema (draft-07, `$schema` and `$id` kept) as a pretty JSON file. */
export function bodySchemaDocument(): string {
  return `${JSON.stringify(bodySchema, null, 2)}\n`;
}

/** {@link makeOpenApiDocument} as a pretty JSON file. */
export function openApiDocumentText(version: ApiVersion = endpoint.version): string {
  return `${JSON.stringify(makeOpenApiDocument(version), null, 2)}\n`;
}
