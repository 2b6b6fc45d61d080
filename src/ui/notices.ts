import { createSignal, type Accessor } from "solid-js";

export interface Notice {
  readonly id: number;
  readonly kind: "info" | "warning" | "error";
  readonly message: string;
}

export interface Notices {
  readonly list: Accessor<readonly Notice[]>;
  notify(message: string, kind?: Notice["kind"]): void;
  dismiss(id: number): void;
}

/** Messages for the user that are not tied to a panel: storage failures, broken links. */
export function createNotices(): Notices {
  const [list, setList] = createSignal<readonly Notice[]>([]);
  let nextId = 0;
  return {
    list,
    notify(message, kind = "info") {
      setList((all) => [...all.filter((n) => n.message !== message), { id: ++nextId, kind, message }]);
    },
    dismiss(id) {
      setList((all) => all.filter((n) => n.id !== id));
    },
  };
}
