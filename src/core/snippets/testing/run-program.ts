/**
 * Test helper (never imported by app code): runs a generated snippet with a real interpreter.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProgramResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The interpreter's path, or undefined when it is not installed. */
export function findProgram(name: string): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : undefined;
}

export function runProgram(
  program: string,
  args: readonly string[],
  options: { readonly env?: NodeJS.ProcessEnv; readonly cwd?: string } = {},
): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: { ...process.env, ...options.env },
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs `script` with `shell -c` as a pasted one would run, or from a file when it is larger than
 * one argument may be (the >128 KiB body case; a terminal paste has no such limit).
 */
export async function runShellScript(shell: string, script: string, env?: NodeJS.ProcessEnv): Promise<ProgramResult> {
  if (Buffer.byteLength(script) < 100_000) return runProgram(shell, ["-c", script], env ? { env } : {});
  const dir = mkdtempSync(join(tmpdir(), "snippet-"));
  try {
    const file = join(dir, "snippet.sh");
    writeFileSync(file, script);
    return await runProgram(shell, [file], env ? { env } : {});
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes `source` to a temporary file named `fileName` and runs `program [...args] file` in that
 * directory, with `files` (name → text, written as UTF-8) beside it. The directory is fresh,
 * under `tempParent` (default: the system's temporary directory), and removed after.
 */
export async function runSourceFile(
  program: string,
  fileName: string,
  source: string,
  options: {
    readonly env?: NodeJS.ProcessEnv;
    readonly tempParent?: string;
    readonly args?: readonly string[];
    readonly files?: Readonly<Record<string, string>>;
  } = {},
): Promise<ProgramResult> {
  const dir = mkdtempSync(join(options.tempParent ?? tmpdir(), ".tmp-snippet-"));
  try {
    const file = join(dir, fileName);
    writeFileSync(file, source);
    for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(join(dir, name), text);
    return await runProgram(program, [...(options.args ?? []), file], { cwd: dir, ...(options.env ? { env: options.env } : {}) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
