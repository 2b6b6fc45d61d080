import { describe, expect, it } from "vitest";
import { goNetHttpSnippet, goNetHttpTarget } from "./go-net-http";
import { preparedRequest, sampleUrl } from "./testing/requests-literal";

const tail = (imports: string[], body: string[], reader: string, authorization: string) =>
  [
    "package main",
    "",
    "import (",
    ...imports.map((i) => `\t"${i}"`),
    ")",
    "",
    "func main() {",
    ...body,
    `\trequest, err := http.NewRequest("POST", "${sampleUrl}", ${reader})`,
    "\tif err != nil {",
    "\t\tpanic(err)",
    "\t}",
    `\trequest.Header.Add("Authorization", ${authorization})`,
    '\trequest.Header.Add("Content-Type", "application/json; charset=utf-8")',
    '\trequest.Header.Add("accept", "application/json")',
    "",
    "\tresponse, err := http.DefaultClient.Do(request)",
    "\tif err != nil {",
    "\t\tpanic(err)",
    "\t}",
    "\tdefer response.Body.Close()",
    "\tanswer, err := io.ReadAll(response.Body)",
    "\tif err != nil {",
    "\t\tpanic(err)",
    "\t}",
    "\tvar fields map[string]json.RawMessage",
    "\t_ = json.Unmarshal(answer, &fields) // an answer that is not a JSON object leaves it empty",
    '\tfmt.Printf("status=%d sucess_count=%s traceId=%s\\n%s\\n", response.StatusCode, fields["sucess_count"], response.Header.Get("traceId"), answer)',
    "}",
  ].join("\n");

describe("goNetHttpSnippet", () => {
  it("writes the body as a raw string, the headers in order, and prints status, sucess_count and traceId", () => {
    expect(goNetHttpSnippet(preparedRequest('{\n  "n": 9223372036854775807\n}'), { tokenMode: "literal" })).toBe(
      tail(["encoding/json", "fmt", "io", "net/http", "strings"], ['\tbody := `{\n  "n": 9223372036854775807\n}`', ""], "strings.NewReader(body)", '"Bearer tok"'),
    );
  });

  it("reads the token with os.Getenv in env mode", () => {
    expect(goNetHttpSnippet(preparedRequest("{}"), { tokenMode: "env" })).toBe(
      tail(["encoding/json", "fmt", "io", "net/http", "os", "strings"], ["\tbody := `{}`", ""], "strings.NewReader(body)", '"Bearer " + os.Getenv("SHOPLINE_ACCESS_TOKEN")'),
    );
  });

  it("reads body.json above the inline limit", () => {
    expect(goNetHttpSnippet(preparedRequest("{}"), { tokenMode: "literal", inlineBodyLimitBytes: 1 })).toBe(
      tail(
        ["bytes", "encoding/json", "fmt", "io", "net/http", "os"],
        ['\tbody, err := os.ReadFile("body.json") // the body, byte for byte', "\tif err != nil {", "\t\tpanic(err)", "\t}", ""],
        "bytes.NewReader(body)",
        '"Bearer tok"',
      ),
    );
  });

  it("keeps a repeated header repeated", () => {
    const snippet = goNetHttpSnippet(preparedRequest("{}", { headers: [["X-A", "1"], ["x-a", "2"]] }), { tokenMode: "literal" });
    expect(snippet).toContain('\trequest.Header.Add("X-A", "1")\n\trequest.Header.Add("x-a", "2")\n');
  });

  it("is registered", () => {
    expect(goNetHttpTarget).toMatchObject({ id: "go-net-http", language: "go", readsBodyFile: true });
  });
});
