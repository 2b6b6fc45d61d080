/**
 * Where the benchmark edits a many-item body: lines of the middle item, found in the text (the
 * keys are those of the documented example, which every item of `makeManyItemsBody` copies).
 */
export interface EditLines {
  /** `"type": 2` closing the middle item's engagement entry: typing a digit breaks its enum, Backspace mends it. */
  readonly enumLine: number;
  /** `"tool_tips": "…",` in the same entry: letters typed before its closing quote keep the JSON valid. */
  readonly stringLine: number;
}

const itemMarker = '"custom_activity_engagement_list": [';

export function editLines(body: string): EditLines {
  const lines = body.split("\n");
  const starts = lines.flatMap((line, index) => (line.includes(itemMarker) ? [index] : []));
  const start = starts[Math.floor(starts.length / 2)];
  if (start === undefined) throw new Error(`the body has no ${itemMarker} line`);
  const find = (pattern: RegExp): number => {
    const index = lines.findIndex((line, i) => i > start && pattern.test(line));
    if (index < 0) throw new Error(`no line matches ${String(pattern)} after line ${start + 1}`);
    return index + 1;
  };
  return { enumLine: find(/"type": 2$/), stringLine: find(/"tool_tips": "[^"]*",$/) };
}
