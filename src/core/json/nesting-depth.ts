/**
 * The deepest nesting of `[` and `{` in `text`, brackets inside strings not counted; stops
 * counting once past `stopAbove` (the answer is then stopAbove + 1). Unbalanced text is counted
 * as it goes. One pass without allocation: cheap enough to run on every pasted body.
 * @example nestingDepth('{"a": [[1], "[["]}') // → 3
 */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote that no backslash escapes.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    }
  }
  return deepest;
}
