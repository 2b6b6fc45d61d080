import { createEffect, createSignal, For, lazy, on, onCleanup, Show } from "solid-js";
import { isLargeBody } from "../core/body/large-body";
import { endpoint } from "../endpoint/descriptor";
import { headerValue, type PreparedRequest } from "../core/request/build-request";
import { maskTokenForDisplay } from "../core/request/display-request";
import { snippetTargets, type SnippetTargetId } from "../core/snippets/snippet-targets";
import { bodyFileName, bodyGoesToFile, utf8ByteLength, type SnippetTarget, type TokenMode } from "../core/snippets/snippet-target";
import { targetApiVersion } from "../core/request/target";
import { copyText, downloadText } from "../services/clipboard";
import type { AppState } from "./state/app-state";

// Loaded when first used, not with the first screen.
const ImportCurlDialog = lazy(() => import("./ImportCurlDialog").then((m) => ({ default: m.ImportCurlDialog })));
const exportFiles = () => import("../core/openapi/export-files");

/** A large body's command is generated after typing pauses and shown truncated to this (Copy gives it whole). */
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
  const [notices, setNotices] = createSignal<readonly string[]>([]);
  // Import curl's dialog loads with its first opening, not with the first screen; it then stays.
  let importOpener!: HTMLButtonElement;
  let importDialog: HTMLDialogElement | undefined;
  const [importRequested, setImportRequested] = createSignal(false);
  const openImport = () => (importDialog ? importDialog.showModal() : setImportRequested(true));
  const target = (): SnippetTarget => snippetTargets.find((t) => t.id === targetId()) ?? snippetTargets[0];
  // The program snippets read a large body from body.json: offer that file, the body's exact text.
  const bodyFile = () => {
    const built = props.state.request();
    return built.ok && target().readsBodyFile === true && bodyGoesToFile(built.request.body, { tokenMode: tokenMode() }) ? built.request.body : undefined;
  };

  const generate = (request: PreparedRequest) => target().generate(request, { tokenMode: tokenMode() });
  /** On screen the token is masked in its own place only (the body may hold the same text). */
  const onScreen = (request: PreparedRequest) => (props.state.target.tokenRevealed() ? request : maskTokenForDisplay(request));
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  createEffect(
    on([() => props.state.request(), targetId, tokenMode, () => props.state.target.tokenRevealed()], ([built]) => {
      clearTimeout(timer);
      if (!built.ok) {
        setNotices([]);
        return setSnippet(`# ${built.error}`);
      }
      const request = onScreen(built.request);
      if (!isLargeBody(request.body)) {
        setNotices(target().notices?.(built.request) ?? []);
        return setSnippet(generate(request));
      }
      // Only the start is shown: generate the display from the start of the body (Copy builds the
      // whole command), so typing in a 9 MB body does not re-quote megabytes each pause.
      const head = { ...request, body: request.body.slice(0, shownChars) };
      timer = setTimeout(() => {
        setNotices(target().notices?.(built.request) ?? []);
        setSnippet(`${generate(head)}\n# (display shortened: the body has ${request.body.length.toLocaleString("en-US")} characters; Copy gives the whole command)`);
      }, 250);
    }),
  );

  const shown = () => {
    let text = snippet();
    if (text.length > shownChars) text = `${text.slice(0, shownChars)}\n… ${(text.length - shownChars).toLocaleString("en-US")} more characters: Copy gives the whole command.`;
    return text;
  };

  const copy = async () => {
    const built = props.state.requestNow();
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
      <For each={notices()}>
        {(notice) => (
          <p class="snippet-notice" role="note">
            {notice}
          </p>
        )}
      </For>
      <pre class="snippet" data-testid="snippet" tabindex="0" aria-label={`${target().title} command`}>
        {shown()}
      </pre>
      <Show when={bodyFile()}>
        {(body) => (
          <p class="snippet-body-file">
            This snippet reads the body from {bodyFileName}, next to it:{" "}
            <button type="button" onClick={() => downloadText(bodyFileName, body())}>
              Download file {bodyFileName}
            </button>
          </p>
        )}
      </Show>
      <Show when={props.state.target.settings().kind === "sandbox"}>
        <p class="hint muted" data-testid="sandbox-snippet-note">
          Send answers inside this page; this command goes to the sandbox server instead. Start it with <code>npm run sandbox</code> (in the
          playground's folder).
        </p>
      </Show>
      <RequestAsSent state={props.state} />
      <div class="panel-actions">
        <button type="button" ref={importOpener} onClick={openImport}>
          Import curl
        </button>
        <Show when={importRequested()}>
          <ImportCurlDialog
            state={props.state}
            onMounted={(dialog) => {
              importDialog = dialog;
              dialog.showModal();
            }}
            onClose={() => importOpener.focus()}
          />
        </Show>
        <button type="button" onClick={() => void exportFiles().then((f) => downloadText(f.exportFileNamesFor(targetApiVersion(props.state.target.settings())).bodySchema, f.bodySchemaDocument()))}>
          Download JSON Schema
        </button>
        <button
          type="button"
          onClick={() => void exportFiles().then((f) => downloadText(f.exportFileNamesFor(targetApiVersion(props.state.target.settings())).openApi, f.openApiDocumentText(targetApiVersion(props.state.target.settings()))))}
        >
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
              ...(props.state.target.tokenRevealed() ? r() : maskTokenForDisplay(r())).headers.map(([name, value]) => `${name}: ${value}`),
              "",
              `(body: the editor's text, ${utf8ByteLength(r().body).toLocaleString("en-US")} bytes, ${headerValue(r(), endpoint.headers.contentType.name) ?? ""})`,
            ].join("\n")}
          </pre>
          </Show>
        </details>
      )}
    </Show>
  );
}
