import { dropFinalNewlineAwkProgram } from "../snippets/shell-stdin-body";
import { hereDocumentText, type InputText } from "./here-document-text";
import type { SimpleCommand } from "./shell-commands";

export type StdinResult = ({ readonly known: true } & InputText) | { readonly known: false; readonly reason: string };

const unknown = (reason: string): StdinResult => ({ known: false, reason });

/**
 * What `command` reads on standard input: its own last input redirection, else the output of
 * the command before it in the pipeline (`producers`, nearest last). Only the producers the
 * snippets use, or that are common in pasted commands, are understood: `cat`, `printf '%s' …`,
 * `echo`, and the snippets' own awk filter.
 */
export function standardInput(command: SimpleCommand, producers: readonly SimpleCommand[]): StdinResult {
  const redirect = command.redirects.filter((r) => (r.fd ?? 0) === 0 && (r.op === "<<" || r.op === "<<<" || r.op === "<")).at(-1);
  if (redirect?.document !== undefined) return { known: true, ...hereDocumentText(redirect.document) };
  if (redirect?.op === "<<<") return { known: true, text: `${redirect.target?.text ?? ""}\n`, notes: [] };
  if (redirect?.op === "<") return unknown(`the file ${redirect.target?.text ?? ""}`);
  const producer = producers.at(-1);
  if (producer === undefined) return unknown("standard input, which the pasted text does not contain");
  return outputOf(producer, producers.slice(0, -1));
}

function outputOf(command: SimpleCommand, producers: readonly SimpleCommand[]): StdinResult {
  const [program, ...args] = command.words.map((w) => w.text);
  const name = program?.split("/").at(-1);
  if (name === "cat" && args.length === 0) return standardInput(command, producers);
  if (name === "awk" && args.length === 1 && args[0] === dropFinalNewlineAwkProgram) {
    const input = standardInput(command, producers);
    return input.known ? { ...input, text: input.text.replace(/\n$/, "") } : input;
  }
  if (name === "printf" && args.length === 2 && args[0] === "%s") return { known: true, text: args[1]!, notes: [] };
  if (name === "printf" && args.length === 1 && !/[%\\]/.test(args[0]!)) return { known: true, text: args[0]!, notes: [] };
  if (name === "echo") {
    const noNewline = args[0] === "-n";
    const words = noNewline ? args.slice(1) : args;
    if (!words.some((w) => w.includes("\\"))) return { known: true, text: words.join(" ") + (noNewline ? "" : "\n"), notes: [] };
  }
  return unknown(`the output of ${command.words.map((w) => w.text).join(" ").slice(0, 60)}`);
}
