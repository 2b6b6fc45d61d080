/**
 * POSIX shell quoting shared by the curl and HTTPie snippets. Everything here is correct for
 * bash and zsh alike: single quotes are the one quoting form in which neither shell expands,
 * escapes or history-expands anything (`!` included), so any text without NUL survives.
 */

/** Characters that mean nothing to bash or zsh inside a word (the set Python's shlex.quote trusts). */
const shellSafeWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * `text` as one single-quoted word; each `'` becomes `'\''` (close, escaped quote, reopen).
 * @example singleQuote("it's") // → 'it'\''s'
 */
export function singleQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * `text` as one word, bare when that is safe (URLs usually are, as in the endpoint page's own
 * curl), single-quoted otherwise. A leading `=` is quoted because zsh expands `=cmd`.
 */
export function shellWord(text: string): string {
  return shellSafeWord.test(text) && !text.startsWith("=") ? text : singleQuote(text);
}

/**
 * A word whose end is an environment variable: `"Bearer $NAME"`, double-quoted so the shell
 * expands the variable and no word splitting happens. A prefix that double quotes would alter
 * (`"`, `\`, `$`, backtick, `!`) is single-quoted and joined to the quoted variable instead.
 */
export function shellWordWithVariable(prefix: string, variable: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new Error(`Not a shell variable name: ${variable}`);
  return /["\\$`!]/.test(prefix) ? `${singleQuote(prefix)}"$${variable}"` : `"${prefix}$${variable}"`;
}
