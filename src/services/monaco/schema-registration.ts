import { bodySchema } from "../../endpoint/schema";
import { makeEditorSchema } from "../../core/schema/editor-schema";
import { jsonDefaults } from "./monaco";

/** The body model's URI: the schema is associated with exactly this model. */
export const bodyModelUri = "inmemory://sync-data-playground/request-body.json";
const schemaUri = String(bodySchema["$id"]);

/**
 * Gives Monaco's JSON language the endpoint schema for completion and hover, with its own
 * validation off: our validator (ajv + literal checks) is the only source of markers, so the
 * editor never shows two disagreeing sets of squiggles.
 */
export function registerBodySchema(): void {
  const others = (jsonDefaults.diagnosticsOptions.schemas ?? []).filter((s) => s.uri !== schemaUri);
  jsonDefaults.setDiagnosticsOptions({
    ...jsonDefaults.diagnosticsOptions,
    validate: false,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...others, { uri: schemaUri, fileMatch: [bodyModelUri], schema: makeEditorSchema(bodySchema) }],
  });
  // Colour decorators and the outline are unused here, and each costs a worker pass over the
  // whole document on every change. Folding comes from indentation, as for plain text (the body
  // and responses are indented JSON: the same regions): then nothing asks Monaco's JSON worker
  // for anything at start, and its ~125 KB (gzip) load when the first completion or hover needs it.
  jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, diagnostics: false, colors: false, documentSymbols: false, foldingRanges: false });
}
