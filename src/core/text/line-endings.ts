/** A line break an editor model can use for every line of its text. */
export type Eol = "\n" | "\r\n";

interface LineEndings {
  readonly lf: number;
  readonly crlf: number;
  /** Carriage returns not followed by a line feed (old Mac line breaks, or stray bytes). */
  readonly cr: number;
}

/** How a body can be held by an editor that uses one line break for the whole text (Monaco). */
export interface LineEndingPlan {
  /** The break the editor should use: the body's own when it has one kind, else its most common. */
  readonly eol: Eol;
  /** Whether the editor holds the text byte for byte (one kind of break, or none, and no lone CR). */
  readonly exact: boolean;
  readonly counts: LineEndings;
}

/**
 * Counts each kind of line break in `text`.
 * @example countLineEndings("a\r\nb\nc\r") // → { lf: 1, crlf: 1, cr: 1 }
 */
export function countLineEndings(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  // indexOf jumps natively from break to break: a 20 MB body on one line costs one scan.
  for (let at = text.indexOf("\r"); at !== -1; at = text.indexOf("\r", at + 1)) {
    if (text.charCodeAt(at + 1) === 10) crlf++;
    else cr++;
  }
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lf++;
  return { lf: lf - crlf, crlf, cr };
}

/**
 * The line break an editor should use for `text`, per body: its own kind when it has one (LF
 * when it has none, so no earlier body's break sticks), else its most common of LF and CRLF
 * (LF on a tie) — and then the editor cannot hold the text exactly: mixed breaks and lone CRs
 * all become that one.
 * @example lineEndingPlan("{\r\n}").eol // → "\r\n"
 */
export function lineEndingPlan(text: string): LineEndingPlan {
  const counts = countLineEndings(text);
  const eol: Eol = counts.crlf > counts.lf ? "\r\n" : "\n";
  const kinds = [counts.lf, counts.crlf, counts.cr].filter((n) => n > 0).length;
  return { eol, exact: counts.cr === 0 && kinds <= 1, counts };
}

/**
 * What a person reads when the editor cannot hold the body exactly: which breaks it has and
 * which one they all became — the text that will be sent, copied and shared.
 * @example describeNormalisation(lineEndingPlan("a\r\nb\nc")) // → "This body mixes line breaks (1 CRLF, 1 LF). The editor holds one kind, so all are now LF: that is what will be sent, copied and shared."
 */
export function describeNormalisation(plan: LineEndingPlan): string {
  const { lf, crlf, cr } = plan.counts;
  const count = (n: number, name: string) => (n > 0 ? [`${n.toLocaleString("en-US")} ${name}`] : []);
  const found = [...count(crlf, "CRLF"), ...count(lf, "LF"), ...count(cr, "lone CR")].join(", ");
  const what = lf + crlf === 0 ? `breaks lines with a lone CR (${found})` : `mixes line breaks (${found})`;
  return `This body ${what}. The editor holds one kind, so all are now ${plan.eol === "\r\n" ? "CRLF" : "LF"}: that is what will be sent, copied and shared.`;
}
