/**
 * A strict JSON parser that keeps where everything is. Each node's `offset`/`length` locate it
 * in the text, so a number's literal is `text.slice(offset, offset + length)`: the digits as
 * typed, never a rounded JavaScript number.
 *
 * Hand-written rather than jsonc-parser's `parseTree`, which took ~1.2 s for a 9 MB body here;
 * this one takes a fraction of that and stops at the first syntax error with its position.
 */

type JsonNodeType = "object" | "array" | "property" | "string" | "number" | "boolean" | "null";

export interface JsonNode {
  readonly type: JsonNodeType;
  /** Decoded value of a leaf (string, number, boolean, null); property keys are string nodes. */
  readonly value?: unknown;
  readonly offset: number;
  readonly length: number;
  /** For a property: where its `:` is. */
  readonly colonOffset?: number;
  readonly parent?: JsonNode;
  /** Object → property nodes; property → [key, value]; array → value nodes. */
  readonly children?: JsonNode[];
}

interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}

interface ParsedJson {
  /** The tree, or undefined when the text is not JSON. */
  readonly root: JsonNode | undefined;
  /** At most one: parsing stops at the first error. */
  readonly syntaxErrors: readonly JsonSyntaxError[];
}

/** Deeper than this is refused: the endpoint's body is 4 levels deep, and recursion has limits. */
export const maxNestingDepth = 512;

interface MutableNode {
  type: JsonNodeType;
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: MutableNode;
  children?: MutableNode[];
}

class SyntaxFailure {
  constructor(readonly error: JsonSyntaxError) {}
}

/** Parses strict JSON (RFC 8259: no comments, no trailing commas) into a tree with offsets. */
export function parseJson(text: string): ParsedJson {
  const parser = new Parser(text);
  try {
    const root = parser.parseDocument();
    return { root, syntaxErrors: [] };
  } catch (failure) {
    if (failure instanceof SyntaxFailure) return { root: undefined, syntaxErrors: [failure.error] };
    throw failure;
  }
}

/** The literal text of a node (for numbers: the digits as typed). */
export function literalOf(text: string, node: JsonNode): string {
  return text.slice(node.offset, node.offset + node.length);
}

const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parseDocument(): MutableNode {
    this.skipSpace();
    if (this.i >= this.text.length) this.fail("Expected a JSON value, found the end of the text", 0);
    const root = this.parseValue(undefined);
    this.skipSpace();
    if (this.i < this.text.length) this.fail("Expected the end of the document");
    return root;
  }

  private parseValue(parent: MutableNode | undefined): MutableNode {
    const c = this.text.charCodeAt(this.i);
    if (c === 123 /* { */) return this.parseObject(parent);
    if (c === 91 /* [ */) return this.parseArray(parent);
    if (c === 34 /* " */) return this.parseString(parent);
    if (c === 45 /* - */ || (c >= 48 && c <= 57)) return this.parseNumber(parent);
    for (const [word, value] of keywords) {
      if (this.text.startsWith(word, this.i)) {
        const node: MutableNode = { type: value === null ? "null" : "boolean", value, offset: this.i, length: word.length, parent: parent! };
        this.i += word.length;
        return node;
      }
    }
    if (this.i >= this.text.length) this.fail("Expected a value, found the end of the text", 0);
    return this.fail("Expected a value");
  }

  private parseObject(parent: MutableNode | undefined): MutableNode {
    const node: MutableNode = { type: "object", offset: this.i, length: 0, children: [], parent: parent! };
    this.enter();
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) !== 125 /* } */) {
      for (;;) {
        if (this.text.charCodeAt(this.i) !== 34) this.fail("Expected a property name in double quotes");
        const property: MutableNode = { type: "property", offset: this.i, length: 0, children: [], parent: node };
        const key = this.parseString(property);
        this.skipSpace();
        if (this.text.charCodeAt(this.i) !== 58 /* : */) this.fail("Expected ':' after the property name");
        property.colonOffset = this.i++;
        this.skipSpace();
        const value = this.parseValue(property);
        property.children!.push(key, value);
        property.length = value.offset + value.length - property.offset;
        node.children!.push(property);
        this.skipSpace();
        const c = this.text.charCodeAt(this.i);
        if (c === 44 /* , */) {
          this.i++;
          this.skipSpace();
          if (this.text.charCodeAt(this.i) === 125) this.fail("Trailing comma: JSON allows no ',' before '}'", 1, this.i - 1);
          continue;
        }
        if (c === 125) break;
        this.fail(this.i >= this.text.length ? "Expected '}', found the end of the text" : "Expected ',' or '}' after a property value");
      }
    }
    this.i++;
    this.depth--;
    node.length = this.i - node.offset;
    return node;
  }

  private parseArray(parent: MutableNode | undefined): MutableNode {
    const node: MutableNode = { type: "array", offset: this.i, length: 0, children: [], parent: parent! };
    this.enter();
    this.i++;
    this.skipSpace();
    if (this.text.charCodeAt(this.i) !== 93 /* ] */) {
      for (;;) {
        node.children!.push(this.parseValue(node));
        this.skipSpace();
        const c = this.text.charCodeAt(this.i);
        if (c === 44) {
          this.i++;
          this.skipSpace();
          if (this.text.charCodeAt(this.i) === 93) this.fail("Trailing comma: JSON allows no ',' before ']'", 1, this.i - 1);
          continue;
        }
        if (c === 93) break;
        this.fail(this.i >= this.text.length ? "Expected ']', found the end of the text" : "Expected ',' or ']' after a list item");
      }
    }
    this.i++;
    this.depth--;
    node.length = this.i - node.offset;
    return node;
  }

  private parseString(parent: MutableNode | undefined): MutableNode {
    const text = this.text;
    const start = this.i;
    let escaped = false;
    let i = start + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92 /* \ */) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32 || Number.isNaN(c)) {
        if (i >= text.length) this.fail("Unterminated string", text.length - start, start);
        this.fail("Control characters must be escaped inside a string", 1, i);
      }
      i++;
    }
    const raw = text.slice(start, i + 1);
    let value: string;
    if (!escaped) value = raw.slice(1, -1);
    else {
      try {
        value = JSON.parse(raw) as string;
      } catch {
        value = this.fail("Invalid escape sequence in string", raw.length, start);
      }
    }
    this.i = i + 1;
    return { type: "string", value, offset: start, length: raw.length, parent: parent! };
  }

  private parseNumber(parent: MutableNode | undefined): MutableNode {
    numberPattern.lastIndex = this.i;
    const match = numberPattern.exec(this.text);
    const next = this.text.charCodeAt(this.i + (match?.[0].length ?? 0));
    if (!match || (next >= 48 && next <= 57) || next === 46 || next === 101 || next === 69) {
      let end = this.i + 1;
      while (end < this.text.length && /[0-9.eE+-]/.test(this.text[end] ?? "")) end++;
      this.fail("Invalid number", end - this.i);
    }
    const literal = match[0];
    const node: MutableNode = { type: "number", value: Number(literal), offset: this.i, length: literal.length, parent: parent! };
    this.i += literal.length;
    return node;
  }

  private enter(): void {
    if (++this.depth > maxNestingDepth) this.fail(`Nested more than ${maxNestingDepth} levels deep`);
  }

  private skipSpace(): void {
    const text = this.text;
    let i = this.i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    this.i = i;
  }

  private fail(message: string, length = 1, offset = this.i): never {
    const found = this.text[offset];
    const detail = found !== undefined && /^Expected/.test(message) && offset === this.i ? `, found ${JSON.stringify(found)}` : "";
    throw new SyntaxFailure({ message: message + detail, offset, length });
  }
}

const keywords: readonly (readonly [string, boolean | null])[] = [
  ["true", true],
  ["false", false],
  ["null", null],
];
