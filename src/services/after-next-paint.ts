/** Calls `callback` after the next rendered frame; a hidden tab renders none, so a timer stands in. */
export function afterNextPaint(callback: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}
