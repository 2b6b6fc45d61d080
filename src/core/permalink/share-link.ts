import { encodePermalink } from "./permalink";
import type { SharedState } from "./shared-state";

/**
 * Past this many characters a link is at risk: some chat tools, e-mail clients, URL shorteners
 * and older browsers cut or refuse long URLs, and a cut permalink does not open.
 */
export const permalinkWarningLength = 8000;

interface LinkLengthAdvice {
  readonly length: number;
  readonly tooLong: boolean;
  /** A sentence for the user when `tooLong`, else `null`. */
  readonly message: string | null;
}

/**
 * The page's address with the permalink as its fragment (any previous fragment replaced).
 * @example makeShareLink(location.href, { bodyText, target }) // "https://host/app/#v1.…"
 */
export function makeShareLink(pageUrl: string, state: SharedState): string {
  const hash = pageUrl.indexOf("#");
  const base = hash === -1 ? pageUrl : pageUrl.slice(0, hash);
  return `${base}#${encodePermalink(state)}`;
}

/** Whether a whole link (address and fragment) is long enough that some tools may cut it. */
export function describeLinkLength(link: string): LinkLengthAdvice {
  const length = link.length;
  if (length <= permalinkWarningLength) return { length, tooLong: false, message: null };
  const count = (n: number) => n.toLocaleString("en-US");
  return {
    length,
    tooLong: true,
    message:
      `This link is ${count(length)} characters long. Some chat tools and e-mail clients cut links longer than ` +
      `${count(permalinkWarningLength)} characters, and a cut link does not open: check that it arrives whole, or share the body as a file.`,
  };
}
