import { createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import { headerValue, type PreparedRequest } from "../core/request/build-request";
import { snippetTargets, type SnippetTargetId } from "../core/snippets/snippet-targets";
import { utf8ByteLength, type TokenMode } from "../core/snippets/snippet-target";
import { bodySchemaDocument, exportFileNamesFor, openApiDocumentText } from "../core/openapi/export-files";
import { targetApiVersion } from "../core/request/target";
import { copyText, downloadText } from "../services/clipboard";
import type { AppState } from "./app-state";
import { ImportCurlDialog } from "./ImportCurlDialog";

/** Above this, the command is generated after typing pauses and shown truncated (Copy gives it whole). */
const largeBodyChars = 200_000;
const shownChars = 20_000;

/**
 * The request as curl (and the other snippets people paste), built from the one prepared
 * request: exactly what Send sends, runnable as copied. The token is masked on screen unless
 * revealed; "use $SHOPLINE_ACCESS_TOKEN" copies a command that holds no secret.
 */
export function CurlPanel(props: { state: AppState }) {
  const [targetId, setTargetId] = createSignal<SnippetTargetId>("curl");
  const [tokenMode, setTokenMode] = createSignal<TokenMode>("literal");
  const [snippet, setSnippet] = createSignal("");
  const [copied, setCopied] = createSignal<string>();
  const target = () => snippetTargets.find((t) => t.id === targetId()) ?? snippetTargets[0];

  const generate = (request: PreparedRequest) => target().generate(request, { tokenMode: tokenMode() });
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on([() => props.state.request(), targetId, tokenMode], ([built]) => {
      clearTimeout(timer);
      if (!built.ok) return setSnippet(`# ${built.error}`);
      if (built.request.body.length < largeBodyChars) return setSnippet(generate(built.request));
      // Only the start is shown: generate the display from the start of the body (Copy builds the
      // whole command), so typing in a 9 MB body does not re-quote megabytes each pause.
      const head = { ...built.request, body: built.request.body.slice(0, shownChars) };
      timer = setTimeout(() => setSnippet(`${generate(head)}\n# (display shortened: the body has ${built.request.body.length.toLocaleString("en-US")} characters; Copy gives the whole command)`), 250);
    }),
  );

  const shown = () => {
    let text = snippet();
    const token = props.state.token().trim();
    if (token !== "" && !props.state.tokenRevealed()) text = text.replaceAll(token, "••••••••");
    if (text.length > shownChars) text = `${text.slice(0, shownChars)}\n… ${(text.length - shownChars).toLocaleString("en-US")} more characters: Copy gives the whole command.`;
    return text;
  };

  const copy = async () => {
    props.state.editor()?.flush();
    const built = props.state.request();
    if (!built.ok) return;
    const ok = await copyText(generate(built.request));
    setCopied(ok ? `${target().title} copied.` : "The browser refused the clipboard.");
  };

  return (
    <section class="panel curl" aria-label="curl">
      <header class="panel-header">
        <h2>
          <label for="snippet-target">Snippet</label>
        </h2>
        <select id="snippet-target" value={targetId()} onChange={(e) => setTargetId(e.currentTarget.value as SnippetTargetId)}>
          <For each={snippetTargets}>{(t) => <option value={t.id}>{t.title}</option>}</For>
        </select>
        <label class="check">
          <input type="checkbox" checked={tokenMode() === "env"} onChange={(e) => setTokenMode(e.currentTarget.checked ? "env" : "literal")} />
          Use <code>$SHOPLINE_ACCESS_TOKEN</code>
        </label>
        <button type="button" class="primary" onClick={() => void copy()}>
          Copy {target().title}
        </button>
        <span class="muted" role="status">
          {copied()}
        </span>
      </header>
      <pre class="snippet" data-testid="snippet" tabindex="0" aria-label={`${target().title} command`}>
        {shown()}
      </pre>
      <RequestAsSent state={props.state} />
      <div class="panel-actions">
        <ImportCurlDialog state={props.state} />
        <button type="button" onClick={() => downloadText(exportFileNamesFor(targetApiVersion(props.state.target())).bodySchema, bodySchemaDocument())}>
          Download JSON Schema
        </button>
        <button type="button" onClick={() => downloadText(exportFileNamesFor(targetApiVersion(props.state.target())).openApi, openApiDocumentText(targetApiVersion(props.state.target())))}>
          Download OpenAPI
        </button>
      </div>
    </section>
  );
}

/** The request exactly as Send sends it: method, URL, headers (token masked), body size. */
function RequestAsSent(props: { state: AppState }) {
  // Only computed while open: counting the bytes of a 9 MB body on every keystroke is waste.
  const [open, setOpen] = createSignal(false);
  const request = () => {
    const built = props.state.request();
    return built.ok ? built.request : undefined;
  };
  return (
    <Show when={request()}>
      {(r) => (
        <details class="request-as-sent" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>Request as sent</summary>
          <Show when={open()}>
          <pre data-testid="request-as-sent">
            {[
              `${r().method} ${r().url}`,
              ...r().headers.map(([name, value]) =>
                name.toLowerCase() === "authorization" && !props.state.tokenRevealed() && props.state.token() !== "" ? `${name}: Bearer ••••••••` : `${name}: ${value}`,
              ),
              "",
              `(body: the editor's text, ${utf8ByteLength(r().body).toLocaleString("en-US")} bytes, ${headerValue(r(), "Content-Type") ?? ""})`,
            ].join("\n")}
          </pre>
          </Show>
        </details>
      )}
    </Show>
  );
}
