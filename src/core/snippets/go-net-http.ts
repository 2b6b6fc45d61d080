import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { goString, goStringExpression } from "./go-string";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { bodyFileName, bodyGoesToFile, type SnippetOptions, type SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;

/**
 * Go with only the standard library (`go run main.go`, Go ≥ 1.16 for `io.ReadAll`). The body is
 * the editor's text as a string (or the bytes of body.json), never a marshalled struct. Headers
 * are added one by one, so a repeated header stays repeated. `sucess_count` is printed from a
 * `json.RawMessage`, i.e. exactly as the server wrote it.
 */
export function goNetHttpSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const headers = snippetHeaders(request, options);
  const fromFile = bodyGoesToFile(request.body, options);
  const usesOs = fromFile || headers.some((h) => h.value.kind === "env");
  const imports = [
    ...(fromFile ? ["bytes"] : []),
    "encoding/json",
    "fmt",
    "io",
    "net/http",
    ...(usesOs ? ["os"] : []),
    ...(fromFile ? [] : ["strings"]),
  ];
  const body = fromFile
    ? [`\tbody, err := os.ReadFile(${goString(bodyFileName)}) // the body, byte for byte`, ...panicOnError, ""]
    : [`\tbody := ${goStringExpression(request.body)}`, ""];
  const reader = fromFile ? "bytes.NewReader(body)" : "strings.NewReader(body)";
  return [
    "package main",
    "",
    "import (",
    ...imports.map((name) => `\t"${name}"`),
    ")",
    "",
    "func main() {",
    ...body,
    `\trequest, err := http.NewRequest(${goString(request.method)}, ${goString(request.url)}, ${reader})`,
    ...panicOnError,
    ...headers.map((header) => `\trequest.Header.Add(${goString(header.name)}, ${goValue(header)})`),
    "",
    "\tresponse, err := http.DefaultClient.Do(request)",
    ...panicOnError,
    "\tdefer response.Body.Close()",
    "\tanswer, err := io.ReadAll(response.Body)",
    ...panicOnError,
    "\tvar fields map[string]json.RawMessage",
    "\t_ = json.Unmarshal(answer, &fields) // an answer that is not a JSON object leaves it empty",
    `\tfmt.Printf("status=%d ${successCountField}=%s ${traceIdHeader}=%s\\n%s\\n", response.StatusCode, fields[${goString(successCountField)}], response.Header.Get(${goString(traceIdHeader)}), answer)`,
    "}",
  ].join("\n");
}

const panicOnError = ["\tif err != nil {", "\t\tpanic(err)", "\t}"];

function goValue({ value }: SnippetHeader): string {
  return value.kind === "literal" ? goString(value.text) : `${goString(value.prefix)} + os.Getenv(${goString(value.variable)})`;
}

export const goNetHttpTarget = {
  id: "go-net-http",
  title: "Go (net/http)",
  language: "go",
  generate: goNetHttpSnippet,
  readsBodyFile: true,
} as const satisfies SnippetTarget;
