/**
 * What a web application firewall in front of the endpoint would call script-like (SHOPLINE
 * answers 412 for "high-risk content, e.g. a script"). The real rules are not public; these are
 * the usual markers of HTML/JS injection, matched case-insensitively anywhere in the body.
 */
const patterns: readonly RegExp[] = [
  /<\s*\/?\s*script\b/i,
  /<\s*iframe\b/i,
  /\b(?:java|vb)script\s*:/i,
  /\bon(?:error|load|click|mouseover|focus|blur)\s*=/i,
];

/**
 * The first script-like piece of the body, or undefined. JSON `\uXXXX` and `\/` escapes are also
 * decoded before matching, as a firewall normalises input: `\u003cscript` is still a script.
 * @example findHighRiskContent('{"name":"<SCRIPT>alert(1)</script>"}') // → "<SCRIPT"
 */
export function findHighRiskContent(text: string): string | undefined {
  const decoded = text.includes("\\") ? text.replace(/\\(?:u([0-9a-fA-F]{4})|([^]))/g, decodeEscape) : text;
  for (const candidate of decoded === text ? [text] : [text, decoded]) {
    for (const pattern of patterns) {
      const match = pattern.exec(candidate);
      if (match) return match[0];
    }
  }
  return undefined;
}

/** Escapes are consumed left to right, so in `\\u003c` the `\\` is a backslash and `u003c` plain text. */
function decodeEscape(whole: string, hex: string | undefined, char: string | undefined): string {
  if (hex !== undefined) return String.fromCharCode(parseInt(hex, 16));
  return char === "/" || char === "\\" ? char : whole;
}
