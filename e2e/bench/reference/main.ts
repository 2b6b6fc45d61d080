/**
 * The floor for any Monaco-based playground: the whole `monaco-editor` package imported the way
 * a typical playground does, one JSON model with the body schema registered and Monaco's own JSON
 * worker validating it. Nothing else. The editor gets the app's options and, through `?w=&h=`,
 * the app editor's size, so both render the same number of lines.
 */
import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";
import { documentedExampleText } from "../../../src/endpoint/example";
import { bodySchema } from "../../../src/endpoint/schema";
import { makeEditorSchema } from "../../../src/core/schema/editor-schema";
import { exposeReferenceProbe } from "./reference-probe";

(self as unknown as { MonacoEnvironment: { getWorker(id: string, label: string): Worker } }).MonacoEnvironment = {
  getWorker: (_id, label) => (label === "json" ? new JsonWorker() : new EditorWorker()),
};

const modelUri = monaco.Uri.parse("inmemory://benchmark-reference/request-body.json");
monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: String(bodySchema["$id"]), fileMatch: [modelUri.toString()], schema: makeEditorSchema(bodySchema) }],
});

const host = document.getElementById("editor");
if (!host) throw new Error("index.html has no #editor element");
const size = new URLSearchParams(location.search);
if (size.get("w")) host.style.width = `${size.get("w")}px`;
if (size.get("h")) host.style.height = `${size.get("h")}px`;

const model = monaco.editor.createModel(documentedExampleText, "json", modelUri);
monaco.editor.create(host, {
  model,
  ariaLabel: "Request body",
  automaticLayout: true,
  minimap: { enabled: false },
  fontSize: 13,
  tabSize: 2,
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  theme: matchMedia("(prefers-color-scheme: dark)").matches ? "vs-dark" : "vs",
});

exposeReferenceProbe(monaco, model);
