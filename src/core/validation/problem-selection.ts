/**
 * What to select for a problem at `offset`/`length` in `text`: what a person means to replace.
 * A problem points at a whole value; for a string that is its content, inside the quotes (typing
 * over a selection that includes them would remove them and break the JSON).
 * @example problemSelection('{"a": "xyz"}', 6, 5) // → { offset: 7, length: 3 }
 */
export function problemSelection(text: string, offset: number, length: number): { offset: number; length: number } {
  const isString = length >= 2 && text.charCodeAt(offset) === 0x22 && text.charCodeAt(offset + length - 1) === 0x22;
  return isString ? { offset: offset + 1, length: length - 2 } : { offset, length };
}
