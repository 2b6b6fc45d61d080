import type { HereDocument, ShellToken } from "./shell-lexer";
import type { ShellWord } from "./shell-word";

/** A redirection of a simple command: `< file`, `<<< word`, a here-document, `> file`, `2>&1`… */
interface Redirect {
  readonly op: string;
  readonly fd?: number;
  readonly target?: ShellWord;
  readonly document?: HereDocument;
}

export interface SimpleCommand {
  readonly words: ShellWord[];
  readonly redirects: Redirect[];
}

/** Commands joined by `|`: each one's standard output is the next one's standard input. */
export type Pipeline = SimpleCommand[];

const pipeOperators = new Set(["|", "|&"]);
const listOperators = new Set([";", ";;", "&&", "||", "&", "\n", "(", ")"]);

/**
 * Groups tokens into pipelines of simple commands. Lists (`;`, `&&`, newlines…) just separate
 * pipelines here: the importer looks for the one that runs curl and reports the others.
 */
export function splitPipelines(tokens: readonly ShellToken[]): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let pipeline: Pipeline = [];
  let command: SimpleCommand = { words: [], redirects: [] };
  let awaitingTarget: { op: string; fd?: number } | undefined;

  const endCommand = () => {
    if (command.words.length > 0 || command.redirects.length > 0) pipeline.push(command);
    command = { words: [], redirects: [] };
  };
  const endPipeline = () => {
    endCommand();
    if (pipeline.length > 0) pipelines.push(pipeline);
    pipeline = [];
  };

  for (const token of tokens) {
    if (token.kind === "word") {
      if (awaitingTarget === undefined) command.words.push(token.word);
      else command.redirects.push({ ...awaitingTarget, target: token.word });
      awaitingTarget = undefined;
    } else if (token.kind === "here-document") {
      command.redirects.push({ op: "<<", document: token.document, ...(token.fd === undefined ? {} : { fd: token.fd }) });
    } else if (pipeOperators.has(token.op)) endCommand();
    else if (listOperators.has(token.op)) endPipeline();
    else awaitingTarget = { op: token.op, ...(token.fd === undefined ? {} : { fd: token.fd }) };
  }
  endPipeline();
  return pipelines;
}
