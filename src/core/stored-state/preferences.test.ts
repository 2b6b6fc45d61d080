import { describe, expect, it } from "vitest";
import { clampPanePercent, defaultPreferences, migratePreferences } from "./preferences";

describe("migratePreferences", () => {
  it.each([
    [null, defaultPreferences],
    ["garbage", defaultPreferences],
    [{ theme: "dark", bodyPanePercent: 35 }, { version: 1, theme: "dark", bodyPanePercent: 35, editorPanePercent: 65, hasSent: false }],
    [{ theme: "purple", bodyPanePercent: 99, editorPanePercent: 10 }, { version: 1, theme: "system", bodyPanePercent: 80, editorPanePercent: 20, hasSent: false }],
    [{ version: 1, theme: "light", bodyPanePercent: "wide", editorPanePercent: 70 }, { version: 1, theme: "light", bodyPanePercent: 50, editorPanePercent: 70, hasSent: false }],
    // A stored hasSent is kept; anything but true (absent in older records) reads as not sent yet.
    [{ version: 1, theme: "dark", bodyPanePercent: 50, editorPanePercent: 65, hasSent: true }, { version: 1, theme: "dark", bodyPanePercent: 50, editorPanePercent: 65, hasSent: true }],
    [{ version: 1, theme: "dark", hasSent: "yes" }, { version: 1, theme: "dark", bodyPanePercent: 50, editorPanePercent: 65, hasSent: false }],
  ])("%j", (stored, expected) => {
    expect(migratePreferences(stored)).toEqual(expected);
  });

  it("clamps the pane split to 20–80 %", () => {
    expect([clampPanePercent(5), clampPanePercent(55.55), clampPanePercent(90)]).toEqual([20, 55.6, 80]);
  });
});
