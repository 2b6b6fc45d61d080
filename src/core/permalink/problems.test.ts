import { describe, expect, it } from "vitest";
import { permalinkProblemMessage, type PermalinkProblem } from "./problems";

const problems: readonly PermalinkProblem[] = [
  "empty",
  "not-a-permalink",
  "newer-version",
  "not-base64url",
  "truncated",
  "corrupt",
  "too-large",
  "bad-framing",
  "not-utf8",
  "not-json",
];

describe("permalinkProblemMessage", () => {
  it.each(problems.filter((p) => p !== "empty"))("%s names what was found", (problem) => {
    expect(permalinkProblemMessage(problem, "DETAIL-123")).toContain("DETAIL-123");
  });

  it("gives every problem a whole sentence", () => {
    const messages = problems.map((p) => permalinkProblemMessage(p, `the ${p} detail`));
    expect(new Set(messages).size).toBe(problems.length);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it("tells the user what to do about a newer format", () => {
    expect(permalinkProblemMessage("newer-version", "v2")).toMatch(/newer version of the app.*Reload the page/);
  });
});
