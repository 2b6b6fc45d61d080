import { endpoint } from "../../endpoint/descriptor";
import type { PreparedRequest } from "../request/build-request";
import { cFamilyString, linesKeepingEnds } from "./c-family-string";
import { snippetHeaders, type SnippetHeader } from "./snippet-headers";
import { bodyFileName, bodyGoesToFile, utf8ByteLength, type SnippetOptions, type SnippetTarget } from "./snippet-target";

const { successCountField, traceIdHeader } = endpoint.response;

/**
 * javac folds `"a" + "b"` into one constant, and a class file refuses a constant over 65,535
 * bytes (modified UTF-8: up to 6 bytes a character). Groups of lines under this many UTF-8 bytes
 * (×2 for the worst case of modified UTF-8) stay constants; more groups are joined at run time.
 */
const javaConstantBudgetBytes = 30_000;

/**
 * Java 11+ with java.net.http (`java SyncData.java` runs it as is). The body goes out as
 * `BodyPublishers.ofString(body, UTF_8)`: the editor's text encoded as UTF-8, nothing parsed.
 * Java 11 has no JSON parser in its standard library, so `sucess_count` is read with a pattern.
 * Headers are added in order (`.header` appends, so a repeated one stays repeated).
 */
export function javaHttpClientSnippet(request: PreparedRequest, options: SnippetOptions): string {
  const fromFile = bodyGoesToFile(request.body, options);
  const publisher = fromFile
    ? `HttpRequest.BodyPublishers.ofFile(Path.of(${cFamilyString(bodyFileName)}))`
    : "HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)";
  return [
    "import java.net.URI;",
    "import java.net.http.HttpClient;",
    "import java.net.http.HttpRequest;",
    "import java.net.http.HttpResponse;",
    "import java.nio.charset.StandardCharsets;",
    ...(fromFile ? ["import java.nio.file.Path;"] : []),
    "import java.util.regex.Matcher;",
    "import java.util.regex.Pattern;",
    "",
    "public class SyncData {",
    "    public static void main(String[] args) throws Exception {",
    ...(fromFile ? [`        // The body is read from ${bodyFileName}, byte for byte.`] : javaBodyLines(request.body)),
    `        HttpRequest request = HttpRequest.newBuilder(URI.create(${cFamilyString(request.url)}))`,
    ...snippetHeaders(request, options).map((header) => `            .header(${cFamilyString(header.name)}, ${javaValue(header)})`),
    `            .method(${cFamilyString(request.method)}, ${publisher})`,
    "            .build();",
    "        HttpResponse<String> response = HttpClient.newHttpClient()",
    "            .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));",
    `        Matcher count = Pattern.compile(${cFamilyString(`"${successCountField}"\\s*:\\s*(-?\\d+)`)}).matcher(response.body());`,
    `        System.out.println("status=" + response.statusCode()`,
    `            + ${cFamilyString(` ${successCountField}=`)} + (count.find() ? count.group(1) : "")`,
    `            + ${cFamilyString(` ${traceIdHeader}=`)} + response.headers().firstValue(${cFamilyString(traceIdHeader)}).orElse(""));`,
    "        System.out.println(response.body());",
    "    }",
    "}",
  ].join("\n");
}

/** `String body = …;`: one literal per body line, in groups javac can keep as constants. */
function javaBodyLines(body: string): string[] {
  const groups: string[][] = [[]];
  let groupBytes = 0;
  for (const piece of linesKeepingEnds(body).flatMap(cutLine)) {
    const bytes = utf8ByteLength(piece);
    if (groupBytes + bytes > javaConstantBudgetBytes && groups[groups.length - 1]!.length > 0) {
      groups.push([]);
      groupBytes = 0;
    }
    groups[groups.length - 1]!.push(cFamilyString(piece));
    groupBytes += bytes;
  }
  const concatenated = groups.map((group) => group.join("\n            + "));
  if (concatenated.length === 1) return [`        String body = ${concatenated[0]};`, ""];
  return ["        String body = String.join(\"\",", concatenated.map((c) => `            ${c}`).join(",\n"), "        );", ""];
}

/** A line over the budget, cut between code points into pieces that each fit it. */
function cutLine(line: string): string[] {
  if (utf8ByteLength(line) <= javaConstantBudgetBytes) return [line];
  const pieces: string[] = [];
  let piece = "";
  for (const char of line) {
    if (piece.length >= javaConstantBudgetBytes / 4) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  return [...pieces, piece];
}

function javaValue({ value }: SnippetHeader): string {
  return value.kind === "literal" ? cFamilyString(value.text) : `${cFamilyString(value.prefix)} + System.getenv(${cFamilyString(value.variable)})`;
}

export const javaHttpClientTarget = {
  id: "java-http-client",
  title: "Java (HttpClient)",
  language: "java",
  generate: javaHttpClientSnippet,
  readsBodyFile: true,
} as const satisfies SnippetTarget;
