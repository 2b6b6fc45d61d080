import { For } from "solid-js";
import type { Notices } from "./notices";

/**
 * Page-level messages; announced to screen readers as they appear. Toasts stacked over the
 * page's corner, out of the document flow, so a notice never moves the workspace.
 */
export function NoticeList(props: { notices: Notices }) {
  return (
    <div class="notices" role="status" aria-live="polite">
      <For each={props.notices.list()}>
        {(notice) => (
          <p class={`toast notice ${notice.kind}`} data-testid="notice">
            <span>{notice.message}</span>
            <For each={notice.actions ?? []}>
              {(action) => (
                <button
                  type="button"
                  onClick={() => {
                    action.run();
                    props.notices.dismiss(notice.id);
                  }}
                >
                  {action.label}
                </button>
              )}
            </For>
            <button type="button" aria-label="Dismiss" onClick={() => props.notices.dismiss(notice.id)}>
              ×
            </button>
          </p>
        )}
      </For>
    </div>
  );
}
