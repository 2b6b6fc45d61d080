import { endpoint } from "../../endpoint/descriptor";
import type { TargetSettings } from "../request/target";
import { parseCurlArguments, type CurlOption } from "./curl-arguments";
import { curlBody, dataOptions } from "./curl-body";
import { mapHeaders } from "./curl-headers";
import { standardInput } from "./curl-stdin";
import { targetFromUrl } from "./curl-target";
import { splitPipelines, type Pipeline, type SimpleCommand } from "./shell-commands";
import { lexShell } from "./shell-lexer";
import { ShellSyntaxError } from "./shell-word";
import { appendAll } from "../arrays/append-all";

interface CurlImport {
  /** Where the command sends; undefined when its URL is missing or not this endpoint's (keep the user's). */
  readonly target: TargetSettings | undefined;
  /** The Bearer token; undefined when the command has none (keep the user's). */
  readonly token: string | undefined;
  /** The body exactly as curl would send it; undefined when the command sends none (keep the editor's). */
  readonly bodyText: string | undefined;
  /** One readable line per thing the playground cannot represent: other options, headers, methods… */
  readonly unmapped: readonly string[];
}

type CurlImportResult = ({ readonly ok: true } & CurlImport) | { readonly ok: false; readonly error: string };

/** Options mapped below; any other is reported. */
const mappedOptions = new Set(["--request", "--url", "--header", "--oauth2-bearer", ...dataOptions]);

/**
 * Reads a pasted curl command (bash/zsh syntax, as copied from docs, browsers' "Copy as cURL",
 * or this playground) into the playground's settings and body.
 * @example
 * importCurl(`curl -X POST https://open001.myshopline.com/admin/openapi/v20260301/sales/marketing_events/sync_data.json \\
 *   -H 'Authorization: Bearer abc' --data-raw '{}'`)
 * // → { ok: true, target: { kind: "store", storeHandle: "open001", baseUrl: "" },
 * //     token: "abc", bodyText: "{}", unmapped: [] }
 */
export function importCurl(command: string): CurlImportResult {
  let pipelines: Pipeline[];
  try {
    pipelines = splitPipelines(lexShell(command));
  } catch (error) {
    if (error instanceof ShellSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
  const found = findCurl(pipelines);
  if (found === undefined) return { ok: false, error: "No curl command found: paste a command that starts with curl." };
  const { pipeline, index, argumentStart } = found;
  const curl = pipeline[index]!;
  const unmapped = pipelines.filter((p) => p !== pipeline).map((p) => `command ${describe(p[0]!)}`);
  appendAll(unmapped, pipeline.slice(index + 1).map((c) => `output piped to ${describe(c)}`));
  appendAll(unmapped, curl.words.slice(0, argumentStart - 1).map((w) => `environment ${w.text.split("=")[0] ?? ""}=…`));
  const otherRedirects = curl.redirects.filter((r) => (r.fd ?? 0) !== 0 || !["<<", "<<<", "<"].includes(r.op));
  appendAll(unmapped, otherRedirects.map((r) => `redirection ${r.fd ?? ""}${r.op} ${r.target?.text ?? ""}`.trim()));

  const { options, urls } = parseCurlArguments(curl.words.slice(argumentStart));
  const urlWords = [...options.filter((o) => o.name === "--url").flatMap((o) => (o.value ? [o.value] : [])), ...urls];
  const body = curlBody(options, () => standardInput(curl, pipeline.slice(0, index)));
  const headers = mapHeaders(options.filter((o) => o.name === "--header").flatMap((o) => (o.value ? [o.value] : [])));
  const bearerOption = options.filter((o) => o.name === "--oauth2-bearer").at(-1)?.value?.text;
  const target = urlWords[0] === undefined ? undefined : targetFromUrl(urlWords[0].text);

  for (const notes of [methodNotes(options), headers.unmapped, body.unmapped, target?.unmapped ?? []]) appendAll(unmapped, notes);
  if (urlWords[0] === undefined) unmapped.push("The command has no URL.");
  appendAll(unmapped, urlWords.slice(1).map((w) => `extra URL ${w.text}`));
  appendAll(unmapped, options.filter((o) => !mappedOptions.has(o.name) && !isMethodOption(o)).map((o) => `option ${o.written}`));
  return {
    ok: true,
    target: target?.target,
    token: headers.token ?? bearerOption,
    bodyText: body.bodyText,
    unmapped,
  };
}

function findCurl(pipelines: readonly Pipeline[]) {
  for (const pipeline of pipelines) {
    for (const [index, command] of pipeline.entries()) {
      // Skip leading assignments such as `LANG=C curl …`.
      const start = command.words.findIndex((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text));
      const program = command.words[start]?.text.split(/[/\\]/).at(-1)?.toLowerCase();
      if (start !== -1 && (program === "curl" || program === "curl.exe")) return { pipeline, index, argumentStart: start + 1 };
    }
  }
  return undefined;
}

const isMethodOption = (o: CurlOption) => o.name === "--get" || o.name === "--head";

/** curl's method: `--request`, else HEAD for `--head`, GET for `--get`, POST when it has data, GET otherwise. */
function methodNotes(options: readonly CurlOption[]): string[] {
  const explicit = options.filter((o) => o.name === "--request").at(-1)?.value?.text.toUpperCase();
  const implied = options.some((o) => o.name === "--head")
    ? "HEAD"
    : options.some((o) => o.name === "--get")
      ? "GET"
      : options.some((o) => dataOptions.has(o.name))
        ? "POST"
        : "GET";
  const method = explicit ?? implied;
  return method === endpoint.method ? [] : [`method ${method} (the endpoint takes ${endpoint.method})`];
}

function describe(command: SimpleCommand): string {
  const text = command.words.map((w) => w.text).join(" ");
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
