import { decodePermalink } from "../permalink/permalink";
import { migrateDraft } from "./stored-draft";

/**
 * The body the page opens on, in the app's order: a permalink in the fragment, the stored draft,
 * the documented example. A fragment that is not a usable permalink falls through to the draft,
 * as the app does (it keeps the previous body and says why).
 */
export function firstBodyText(fragment: string, storedDraftJson: string | null, example: string): string {
  if (fragment !== "" && fragment !== "#") {
    const decoded = decodePermalink(fragment);
    if (decoded.ok) return decoded.state.bodyText;
  }
  if (storedDraftJson !== null) {
    try {
      const draft = migrateDraft(JSON.parse(storedDraftJson));
      if (draft) return draft.bodyText;
    } catch {
      // Not JSON: the app ignores it too.
    }
  }
  return example;
}

/**
 * The start of `text` that fills a first screen: at most `maxLines` lines and `maxChars`
 * characters, so painting a multi-megabyte body as plain text costs no more than a screenful.
 */
export function firstScreenOf(text: string, maxLines = 200, maxChars = 20_000): string {
  let end = Math.min(text.length, maxChars);
  let lines = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10 && ++lines === maxLines) {
      end = i;
      break;
    }
  }
  return text.slice(0, end);
}
