import { endpoint } from "../../endpoint/descriptor";
import { bodySchema } from "../../endpoint/schema";
import { makeOpenApiDocument } from "./openapi-document";

/** File names for downloads. */
export const exportFileNames = {
  bodySchema: `sync_data.${endpoint.version}.request.schema.json`,
  openApi: `sync_data.${endpoint.version}.openapi.json`,
} as const;

/** The body's JSON Schema (draft-07, `$schema` and `$id` kept) as a pretty JSON file. */
export function bodySchemaDocument(): string {
  return `${JSON.stringify(bodySchema, null, 2)}\n`;
}

/** {@link makeOpenApiDocument} as a pretty JSON file. */
export function openApiDocumentText(): string {
  return `${JSON.stringify(makeOpenApiDocument(), null, 2)}\n`;
}
