import { describe, expect, it } from "vitest";
import { statusMeanings } from "../endpoint/descriptor";
import { asDocumented, behaviourChoices, behaviourOfChoice, forceableStatuses, forcedErrorText, forcedStatus } from "./sandbox-behaviour";

describe("sandbox behaviour", () => {
  it("forces every documented error status and no success status", () => {
    expect(forceableStatuses).toEqual(statusMeanings.filter((s) => s.code >= 400).map((s) => s.code));
    expect(forceableStatuses).toContain(503);
    expect(forceableStatuses).not.toContain(200);
  });

  it.each([
    { name: "as documented", behaviour: asDocumented, random: 0, expected: undefined },
    { name: "a forced status, whatever the draw", behaviour: { forceStatus: 402 }, random: 0.99, expected: 402 },
    { name: "a forced status wins over a fail rate", behaviour: { forceStatus: 423, failRate: 1 }, random: 0, expected: 423 },
    { name: "a draw under the fail rate fails with 503", behaviour: { failRate: 0.1 }, random: 0.05, expected: 503 },
    { name: "a draw at the fail rate passes", behaviour: { failRate: 0.1 }, random: 0.1, expected: undefined },
    { name: "a failure with its own status", behaviour: { failRate: 0.5, failStatus: 500 }, random: 0, expected: 500 },
    { name: "a fail rate of 0 never fails", behaviour: { failRate: 0 }, random: 0, expected: undefined },
  ])("forcedStatus: $name", ({ behaviour, random, expected }) => {
    expect(forcedStatus(behaviour, () => random)).toBe(expected);
  });

  it("a forced answer's errors text is SHOPLINE's meaning of the status, or the bare status", () => {
    expect(forcedErrorText(503)).toBe("Service unavailable");
    expect(forcedErrorText(599)).toBe("HTTP 599");
  });

  it("every choice has its own value and is found by it; an unknown value is the documented behaviour", () => {
    const values = behaviourChoices.map((c) => c.value);
    expect(new Set(values).size).toBe(values.length);
    for (const choice of behaviourChoices) expect(behaviourOfChoice(choice.value)).toBe(choice.behaviour);
    expect(behaviourOfChoice("status-402")).toEqual({ forceStatus: 402 });
    expect(behaviourChoices.find((c) => c.value === "status-402")?.label).toBe("Always 402 (Store frozen (unpaid balance))");
    expect(behaviourOfChoice("no-such-choice")).toBe(asDocumented);
  });
});
