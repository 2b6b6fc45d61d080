import { createUniqueId, For, Show } from "solid-js";
import { storeBaseUrl } from "../core/request/target";
import { endpoint, statusMeanings } from "../endpoint/descriptor";
import { basisText, sandboxRules, validatorRules, type Rule } from "../endpoint/rules";
import { createModalDialog } from "./modal-dialog";
import { ToolIcon } from "./ToolIcon";
import "./panels.css";

const { headers, response, rateLimit } = endpoint;
const urlTemplate = storeBaseUrl("{handle}") + endpoint.resourcePath;
/** The reference page marks these two "required"; the page's own curl also sends `accept`. */
const headerRows = [
  { name: headers.contentType.name, value: headers.contentType.value, required: "yes" },
  { name: headers.authorization.name, value: `${headers.authorization.scheme} <access token>`, required: "yes" },
  { name: headers.accept.name, value: headers.accept.value, required: "no (the documented curl sends it)" },
];

/** A `Reference` button opening the endpoint's reference: method, URL, headers, responses, limits, status codes. */
export function ReferenceDialog() {
  let button: HTMLButtonElement | undefined;
  const modal = createModalDialog(() => button);
  const titleId = createUniqueId();
  return (
    <>
      <button type="button" ref={button} class="tool-button" aria-haspopup="dialog" title="Reference" onClick={() => modal.open()}>
        <ToolIcon name="book" />
        <span class="visually-hidden">Reference</span>
      </button>
      <dialog ref={modal.ref} class="app-dialog reference-dialog" aria-labelledby={titleId}>
        <div class="dialog-header">
          <h2 id={titleId}>{endpoint.title}: reference</h2>
          <button type="button" class="dialog-close" onClick={() => modal.close()}>
            Close
          </button>
        </div>
        <Show when={modal.opened()}>
          <dl class="reference-facts">
            <dt>Method</dt>
            <dd>
              <code>{endpoint.method}</code>
            </dd>
            <dt>URL</dt>
            <dd>
              <code>{urlTemplate}</code>
              <span class="muted"> — {"{handle}"} is the store's domain prefix (open001 for open001{endpoint.storeHostSuffix})</span>
            </dd>
            <dt>Version</dt>
            <dd>
              <code>{endpoint.version}</code> by default; the endpoint is documented in {endpoint.versions.join(", ")} (choose one with API version)
            </dd>
            <dt>Scope</dt>
            <dd>
              <code>{endpoint.scope}</code>
            </dd>
            <dt>Items per request</dt>
            <dd>{endpoint.documentedItemLimit ?? "not documented"}</dd>
          </dl>

          <h3>Request headers</h3>
          <table class="reference-table">
            <thead>
              <tr>
                <th scope="col">Header</th>
                <th scope="col">Value</th>
                <th scope="col">Required</th>
              </tr>
            </thead>
            <tbody>
              <For each={headerRows}>
                {(row) => (
                  <tr>
                    <td>
                      <code>{row.name}</code>
                    </td>
                    <td>
                      <code>{row.value}</code>
                    </td>
                    <td>{row.required}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>

          <h3>Response</h3>
          <p>
            <strong>200</strong> with the body <code>{`{"${response.successCountField}": <number>}`}</code>, the "success total number" (the field's spelling is
            SHOPLINE's own). Every answer carries a <code>{response.traceIdHeader}</code> header, a unique id of the request for SHOPLINE's
            support; a browser shows it to this page only if the server exposes it (CORS). Error bodies carry <code>{response.errorsField}</code>.
          </p>

          <h3>Rate limit</h3>
          <p>
            Leaky bucket per app and store: {rateLimit.perSecond} requests per second, bucket of {rateLimit.bucketSize}. Requests that fit in the bucket queue and
            are answered at {rateLimit.perSecond} per second; one that finds it full gets <strong>429</strong> with <code>{JSON.stringify(rateLimit.body)}</code>.
          </p>

          <h3>Status codes</h3>
          <table class="reference-table status-table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              <For each={statusMeanings}>
                {(status) => (
                  <tr>
                    <td>
                      <code>{status.code}</code>
                    </td>
                    <td>
                      {status.meaning}
                      <Show when={status.advice}>
                        {(advice) => <span class="muted"> — {advice()}</span>}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>

          <h3>What the checks and the sandbox rely on</h3>
          <p class="muted">Each rule is either documented (the page named) or an assumption (and why), where SHOPLINE's documentation is silent.</p>
          <RuleList label="Checks on the body" rules={validatorRules} />
          <RuleList label="Sandbox rules" rules={sandboxRules} />
        </Show>
      </dialog>
    </>
  );
}

function RuleList(props: { label: string; rules: Readonly<Record<string, Rule>> }) {
  return (
    <>
      <h4>{props.label}</h4>
      <ul class="rule-list" aria-label={props.label}>
        <For each={Object.values(props.rules)}>{(rule) => <li class={`basis-${rule.basis.kind}`}>{basisText(rule)}</li>}</For>
      </ul>
    </>
  );
}
