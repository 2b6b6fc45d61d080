// Installed in every page under test before its own scripts (page.addInitScript). Plain JS on
// purpose: tsx would wrap inline functions in `__name(...)` calls that do not exist in the page.
//
// Every time is taken "after the next paint": a requestAnimationFrame, then a message posted from
// it, whose task runs once the browser has rendered that frame. Times are ms since navigation
// start (performance.now()), keystrokes start at the event's own timeStamp.
(() => {
  if (window.__bench) return;
  const exampleMarker = '"marketing_activity_datas"';

  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  const problemsText = () => document.querySelector('[data-testid="problems-count"]')?.textContent?.trim() ?? null;

  const conditions = {
    /** The editor (or the textarea) shows the example's first key. */
    painted: () =>
      Boolean(document.querySelector(".view-lines")?.textContent?.includes(exampleMarker)) ||
      Boolean(document.querySelector("textarea[aria-label='Request body']")?.value.includes(exampleMarker)),
    /**
     * The example can be edited: in the editor (or the textarea) once painted, or earlier in the
     * app's plain-text stand-in (src/ui/stand-in.ts), which takes typing before Monaco has loaded.
     */
    editable: () =>
      conditions.painted() ||
      [...document.querySelectorAll("textarea.editor-placeholder")].some((t) => !t.readOnly && !t.disabled && t.value.includes(exampleMarker)),
    /** The app's Problems count has a result, or the reference's JSON worker has put its markers. */
    validated: () => {
      const text = problemsText();
      if (text !== null) return text !== "" && text !== "Checking…";
      return (window.__benchReference?.markerCount ?? 0) > 0;
    },
    /** The Form tab panel shows a value field (ids from src/ui/form/form-ids.ts). */
    formShown: () => Boolean(document.querySelector("[role='tabpanel'][aria-label='Form'] [id^='form-input-']")),
    /** The open Import rows dialog's status says how many items its rows gave ("10000 items read."). */
    importRead: () => [...document.querySelectorAll("dialog[open] [role='status']")].some((e) => /^\d+ items read\b/.test(e.textContent?.trim() ?? "")),
    /** The Import rows dialog has closed: its Write button put the items into the body first, in the same task. */
    importWritten: () => !document.querySelector("dialog.bulk-import[open]"),
  };

  const bench = {
    /** First post-paint time each start-up condition held. */
    marks: {},
    watching: true,
    /** Key press → next paint, ms, while typing is armed. */
    typing: [],
    typingArmed: false,
    /** Edit → updated problems (or markers), ms. */
    edits: [],
    pendingEdit: null,
    /** Click or key → a named condition holds, after the next paint, ms. */
    waits: [],
    pendingWait: null,
    /** Wall-clock ms (performance.timeOrigin based) of the last click. */
    lastClickWallMs: null,
    waiters: [],

    /** Paint time (ms since navigation start) after the Bulk progress bar first read done = total, once watched. */
    bulkDoneAt: null,
    /**
     * Watches the Bulk progress bar's aria-valuenow only (an attribute filter: the typing measured
     * meanwhile pays for no other mutation records).
     */
    watchBulkDone() {
      bench.bulkDoneAt = null;
      const done = () => {
        const bar = document.querySelector("[role='progressbar'][aria-label='Bulk progress']");
        const max = Number(bar?.getAttribute("aria-valuemax") ?? 0);
        return max > 0 && Number(bar?.getAttribute("aria-valuenow")) === max;
      };
      const watcher = new MutationObserver(() => {
        if (!done()) return;
        watcher.disconnect();
        afterNextPaint((now) => {
          bench.bulkDoneAt = now;
          bench.settle();
        });
      });
      watcher.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["aria-valuenow"] });
    },
    stopWatching() {
      bench.watching = false;
    },
    armTyping() {
      bench.typing = [];
      bench.typingArmed = true;
    },
    disarmTyping() {
      bench.typingArmed = false;
    },
    /** Resolves once `count` keystrokes have been measured. */
    typingCount(count) {
      return bench.until(() => bench.typing.length >= count);
    },
    /** The next key press starts an edit; it ends when the Problems count (or the markers) change. */
    armEdit() {
      bench.pendingEdit = { start: null, before: problemsText(), markerChanges: window.__benchReference?.markerChanges ?? 0 };
      // The app's count is text in one element; the reference signals its markers instead.
      const count = document.querySelector('[data-testid="problems-count"]');
      if (count) bench.observe(count);
    },
    editCount(count) {
      return bench.until(() => bench.edits.length >= count);
    },
    /** The next click or key press starts a wait that ends when `condition` holds. */
    armWait(condition) {
      bench.pendingWait = { start: null, condition };
      bench.observe(document);
    },
    waitCount(count) {
      return bench.until(() => bench.waits.length >= count);
    },
    until(predicate) {
      if (predicate()) return Promise.resolve(true);
      return new Promise((resolve) => bench.waiters.push({ predicate, resolve }));
    },
    settle() {
      bench.waiters = bench.waiters.filter((w) => (w.predicate() ? (w.resolve(true), false) : true));
    },
    /** Called by the reference page when Monaco's markers change. */
    signal() {
      bench.check();
    },
    check() {
      const edit = bench.pendingEdit;
      if (edit && edit.start !== null) {
        const text = problemsText();
        const changed =
          text !== null ? text !== edit.before && text !== "Checking…" : (window.__benchReference?.markerChanges ?? 0) > edit.markerChanges;
        if (changed) {
          bench.pendingEdit = null;
          afterNextPaint((now) => {
            bench.edits.push({ ms: now - edit.start, text: problemsText() });
            bench.settle();
          });
        }
      }
      const wait = bench.pendingWait;
      if (wait && wait.start !== null && conditions[wait.condition]()) {
        bench.pendingWait = null;
        afterNextPaint((now) => {
          bench.waits.push(now - wait.start);
          bench.settle();
        });
      }
    },
  };
  window.__bench = bench;

  const startInput = (event) => {
    if (bench.pendingEdit && bench.pendingEdit.start === null) bench.pendingEdit.start = event.timeStamp;
    if (bench.pendingWait && bench.pendingWait.start === null) bench.pendingWait.start = event.timeStamp;
  };
  addEventListener(
    "keydown",
    (event) => {
      startInput(event);
      if (!bench.typingArmed) return;
      const start = event.timeStamp;
      afterNextPaint((now) => {
        bench.typing.push(now - start);
        bench.settle();
      });
    },
    true,
  );
  addEventListener("pointerdown", startInput, true);
  // Choosing a file (setInputFiles, or a person in the file picker) starts with its change event.
  addEventListener("change", startInput, true);
  addEventListener("click", (event) => (bench.lastClickWallMs = performance.timeOrigin + event.timeStamp), true);

  // Edits and waits end on DOM changes (the Problems count is text) or on the reference's signal.
  // The observer only runs while one is armed: observing costs every DOM mutation a record.
  const observer = new MutationObserver(() => {
    bench.check();
    if (!bench.pendingEdit && !bench.pendingWait) observer.disconnect();
  });
  bench.observe = (node) => observer.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });

  // Start-up: after every paint, until stopped, note when each condition first held.
  const watchStartup = () =>
    afterNextPaint((now) => {
      for (const name of ["editable", "painted", "validated"]) {
        if (bench.marks[name] === undefined && conditions[name]()) bench.marks[name] = now;
      }
      bench.settle();
      if (bench.watching && now < 120_000) watchStartup();
    });
  watchStartup();
})();
