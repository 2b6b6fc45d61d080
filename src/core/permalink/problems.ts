import type { SharedState } from "./shared-state";

/** Why a fragment could not be opened. Each has its own message; none of them throws. */
export type PermalinkProblem =
  | "empty"
  | "not-a-permalink"
  | "newer-version"
  | "not-base64url"
  | "truncated"
  | "corrupt"
  | "too-large"
  | "bad-framing"
  | "not-utf8"
  | "not-json";

export type DecodeResult =
  | { readonly ok: true; readonly state: SharedState }
  | {
      readonly ok: false;
      readonly problem: PermalinkProblem;
      /** A sentence for the user naming what is wrong and what to do. */
      readonly message: string;
      /** Only for `not-json`: what the link holds, should the UI offer to open it anyway. */
      readonly state?: SharedState;
    };

const copyAgain = "Copy the whole link again from where it was shared.";

/** The user-facing message for a problem; `detail` is what the detecting step found. */
export function permalinkProblemMessage(problem: PermalinkProblem, detail = ""): string {
  switch (problem) {
    case "empty":
      return "The link has nothing after its #, so there is no shared body to open.";
    case "not-a-permalink":
      return `The part of the address after # (${detail}) is not a Sync Data Playground permalink.`;
    case "newer-version":
      return `This link was made by a newer version of the app (permalink format ${detail}), which this version cannot read. Reload the page to get the latest version, then open the link again.`;
    case "not-base64url":
      return `The link is damaged: ${detail}. It was probably changed when it was pasted or forwarded. ${copyAgain}`;
    case "truncated":
      return `The link is cut short: ${detail}. Chat tools and e-mail sometimes cut long links. ${copyAgain}`;
    case "corrupt":
      return `The link is damaged: its data cannot be decompressed (${detail}). ${copyAgain}`;
    case "too-large":
      return `The link unpacks to more than ${detail}, more than any shared body may be, so it was not opened.`;
    case "bad-framing":
    case "not-utf8":
      return `The link is damaged: ${detail}. ${copyAgain}`;
    case "not-json":
      return `The link's body is not valid JSON (${detail}).`;
  }
}
