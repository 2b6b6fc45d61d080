import type { ShellWord } from "./shell-word";
import { longNameOf, takesArgument } from "./curl-options";

/** One option as curl reads it: its long name and, when it takes one, its value. */
export interface CurlOption {
  readonly name: string;
  readonly value?: ShellWord;
  /** As written, for messages (`-XPOST`, `--header 'X: 1'`). */
  readonly written: string;
}

interface CurlArguments {
  readonly options: CurlOption[];
  /** Words that are not options: curl takes them as URLs. */
  readonly urls: ShellWord[];
}

/**
 * Reads curl's command-line arguments (the words after `curl`): long options, short options
 * that may be combined (`-sS`) or carry their value attached (`-XPOST`, `-H'X: 1'`), and URLs.
 */
export function parseCurlArguments(words: readonly ShellWord[]): CurlArguments {
  const options: CurlOption[] = [];
  const urls: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const { text } = word;
    const takeNext = (name: string, written: string): void => {
      const value = words[i + 1];
      i++;
      options.push(value === undefined ? { name, written } : { name, value, written: `${written} ${value.text}` });
    };
    if (text.startsWith("--") && text.length > 2) {
      if (takesArgument(text)) takeNext(text, text);
      else options.push({ name: text, written: text });
    } else if (text.startsWith("-") && text.length > 1) {
      for (let j = 1; j < text.length; j++) {
        const name = longNameOf(text[j]!);
        if (!takesArgument(name)) {
          options.push({ name, written: `-${text[j]}` });
          continue;
        }
        const attached = text.slice(j + 1);
        if (attached === "") takeNext(name, `-${text[j]}`);
        else options.push({ name, value: { ...word, text: attached }, written: `-${text[j]}${attached}` });
        break;
      }
    } else urls.push(word);
  }
  return { options, urls };
}
