import type { PreparedRequest } from "../request/build-request";

/**
 * How a snippet carries the access token: pasted in (`literal`) or read from the environment
 * variable {@link tokenEnvVar} in the language's own way (`env`), so that a shared snippet
 * holds no secret.
 */
export type TokenMode = "literal" | "env";

export interface SnippetOptions {
  readonly tokenMode: TokenMode;
  /**
   * Shell targets: a body whose quoted argument is above this many UTF-8 bytes is fed through a
   * here-document instead (Linux refuses a single argument over 128 KiB). Program targets: a
   * body above this many UTF-8 bytes is read from {@link bodyFileName} ({@link bodyGoesToFile}).
   * @default shellInlineBodyLimitBytes
   */
  readonly inlineBodyLimitBytes?: number;
}

/**
 * One snippet language as a plugin over the one prepared request (scalar's snippetz idea):
 * every target reads the same `PreparedRequest`, none builds a URL or a header itself.
 */
export interface SnippetTarget {
  readonly id: string;
  readonly title: string;
  /** Monaco language id used to highlight the snippet. */
  readonly language: string;
  generate(request: PreparedRequest, options: SnippetOptions): string;
  /**
   * Set by targets whose snippet reads the body from {@link bodyFileName} when it is above the
   * inline limit ({@link bodyGoesToFile}): the panel then offers that file for download.
   */
  readonly readsBodyFile?: boolean;
  /** What a developer must know before using this snippet with this body (e.g. values a client drops). */
  notices?(request: PreparedRequest): readonly string[];
}

/** The environment variable `env` token mode reads. */
export const tokenEnvVar = "SHOPLINE_ACCESS_TOKEN";

/** 64 KiB: half of Linux's 128 KiB limit on one argument (MAX_ARG_STRLEN), with room to spare. */
export const shellInlineBodyLimitBytes = 64 * 1024;

/** The file a snippet reads a large body from, next to where it runs; the panel offers it for download. */
export const bodyFileName = "body.json";

/**
 * Whether a program snippet (Go, PHP, Java, C#, Ruby) reads the body from {@link bodyFileName}
 * instead of a string literal: above the same size as the shell here-document threshold, where a
 * literal becomes unwieldy to paste and review (and Java refuses a string constant over 64 KB).
 */
export function bodyGoesToFile(body: string, options: SnippetOptions): boolean {
  return utf8ByteLength(body) > (options.inlineBodyLimitBytes ?? shellInlineBodyLimitBytes);
}

/** Bytes of `text` in UTF-8, counted without encoding it (bodies may be megabytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // BMP character, or a lone surrogate that encoders send as U+FFFD
  }
  return bytes;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Whether a body's shell argument is too large for the command line (see
 * {@link SnippetOptions.inlineBodyLimitBytes}). It is the *quoted* text that counts: each `'`
 * becomes four bytes.
 */
export function exceedsInlineLimit(argument: string, options: SnippetOptions): boolean {
  return utf8ByteLength(argument) > (options.inlineBodyLimitBytes ?? shellInlineBodyLimitBytes);
}
