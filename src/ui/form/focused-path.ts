import { createContext, useContext } from "solid-js";
import type { JsonPath } from "../../core/json/json-path";

/** Told the path of the form field or group that focus moved into (the docs panel follows it). */
export const FocusedPathContext = createContext<(path: JsonPath) => void>();

/** Focus events already named by a group nearer the focused element. */
const named = new WeakSet<Event>();

/**
 * A focusin handler for the field or group at `path`. Focus events bubble from the focused
 * element outwards, so the innermost group around it names the path and the outer ones stay quiet.
 */
export function onFocusInPath(path: () => JsonPath): (event: FocusEvent) => void {
  const report = useContext(FocusedPathContext);
  return (event) => {
    if (named.has(event)) return;
    named.add(event);
    report?.(path());
  };
}
