import type { Accessor } from "solid-js";

/**
 * A vertical splitter between two panes: drag it, or focus it and use the arrow keys (Home/End
 * for the limits), as the ARIA window-splitter pattern describes.
 */
export function Splitter(props: {
  percent: Accessor<number>;
  onChange: (percent: number) => void;
  label: string;
  /** "vertical": a bar between left and right panes (the default); "horizontal": between top and bottom. */
  orientation?: "vertical" | "horizontal";
}) {
  const vertical = () => (props.orientation ?? "vertical") === "vertical";
  let element!: HTMLDivElement;
  const onPointerDown = (event: PointerEvent) => {
    const container = element.parentElement;
    if (!container) return;
    element.setPointerCapture(event.pointerId);
    const bounds = container.getBoundingClientRect();
    const move = (e: PointerEvent) =>
      props.onChange(vertical() ? ((e.clientX - bounds.left) / bounds.width) * 100 : ((e.clientY - bounds.top) / bounds.height) * 100);
    const up = () => {
      element.removeEventListener("pointermove", move);
      element.removeEventListener("pointerup", up);
    };
    element.addEventListener("pointermove", move);
    element.addEventListener("pointerup", up);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = vertical() ? { ArrowLeft: -5, ArrowRight: 5 } : { ArrowUp: -5, ArrowDown: 5 };
    if (event.key in steps) props.onChange(props.percent() + (steps[event.key] ?? 0));
    else if (event.key === "Home") props.onChange(0);
    else if (event.key === "End") props.onChange(100);
    else return;
    event.preventDefault();
  };
  return (
    <div
      ref={element}
      class={vertical() ? "splitter" : "splitter horizontal"}
      role="separator"
      tabindex="0"
      aria-orientation={vertical() ? "vertical" : "horizontal"}
      aria-label={props.label}
      aria-valuemin="20"
      aria-valuemax="80"
      aria-valuenow={Math.round(props.percent())}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
