/** What a length-limited string input shows beside itself: "12 / 20", and whether it is full. */
export interface StringCounter {
  readonly length: number;
  readonly max: number;
  /** `length >= max`: the input is full (the UI stops accepting characters). */
  readonly atLimit: boolean;
  /** `length > max`: the text already breaks the limit (typed in the editor, pasted…). */
  readonly overLimit: boolean;
  /** `"12 / 20"` */
  readonly label: string;
}

/**
 * Length as JSON Schema's `maxLength` counts it: Unicode code points, so an emoji is one
 * character (ajv counts the same way). Note: HTML's `maxlength` attribute counts UTF-16 units
 * instead, so an input should enforce the limit with this count, not the attribute.
 */
export function codePointLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export function stringCounter(value: string, max: number): StringCounter {
  const length = codePointLength(value);
  return { length, max, atLimit: length >= max, overLimit: length > max, label: `${length} / ${max}` };
}
