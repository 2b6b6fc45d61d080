import { createSignal, type Accessor } from "solid-js";

export interface NoticeAction {
  readonly label: string;
  /** Runs the action; the notice is dismissed afterwards. */
  run(): void;
}

export interface Notice {
  readonly id: number;
  readonly kind: "info" | "warning" | "error";
  readonly message: string;
  /** One-click ways out, such as Restore. */
  readonly actions?: readonly NoticeAction[];
}

export interface Notices {
  readonly list: Accessor<readonly Notice[]>;
  notify(message: string, kind?: Notice["kind"], actions?: readonly NoticeAction[]): void;
  dismiss(id: number): void;
}

/** Messages for the user that are not tied to a panel: storage failures, broken links. */
export function createNotices(): Notices {
  const [list, setList] = createSignal<readonly Notice[]>([]);
  let nextId = 0;
  return {
    list,
    notify(message, kind = "info", actions) {
      const notice: Notice = actions && actions.length > 0 ? { id: ++nextId, kind, message, actions } : { id: ++nextId, kind, message };
      setList((all) => [...all.filter((n) => n.message !== message), notice]);
    },
    dismiss(id) {
      setList((all) => all.filter((n) => n.id !== id));
    },
  };
}
