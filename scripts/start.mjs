#!/usr/bin/env node
// `npm start`: the app (Vite dev server) and the sandbox server together, on the ports asked for
// (`npm start -- --port N --sandbox-port M`, or APP_PORT / SANDBOX_PORT; 5173 and 8787 by
// default). Vite runs with --strictPort: a taken port fails instead of silently moving, so the
// URLs printed are the ones really served. If either stops, the other is stopped too and the
// message says what to do. Ctrl+C stops both.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseStartOptions, usage } from "./start-options.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

let options;
try {
  options = parseStartOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const { appPort, sandboxPort, host } = options;

// Node runs the tools' own entry points (no npx, no shell): a signal reaches the server itself,
// never an intermediate process that would leave it orphaned.
const viteBin = join(dirname(require.resolve("vite/package.json")), "bin", "vite.js");
const tsxCli = join(dirname(require.resolve("tsx/package.json")), "dist", "cli.mjs");

const children = {
  app: start("app", [viteBin, "--host", host, "--port", String(appPort), "--strictPort"], /Local:\s+(https?:\/\/\S+)/),
  sandbox: start("sandbox", [tsxCli, "scripts/sandbox-server.ts", "--host", host, "--port", String(sandboxPort)], /Sandbox listening on (https?:\/\/\S+)/),
};
const urls = { app: undefined, sandbox: undefined };
/** @type {Set<string>} */
const exited = new Set();
let stopping = false;

/**
 * @param {"app" | "sandbox"} name
 * @param {string[]} args
 * @param {RegExp} ready the line that gives the URL the child really listens on
 */
function start(name, args, ready) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  let pending = "";
  const onData = (/** @type {Buffer} */ chunk, /** @type {NodeJS.WriteStream} */ out) => {
    pending += chunk.toString("utf8");
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const raw of lines) {
      // eslint-disable-next-line no-control-regex -- colour codes, in case a tool ignores FORCE_COLOR=0
      const line = raw.replace(/\x1b\[[0-9;]*m/g, "");
      out.write(`[${name}] ${line}\n`);
      const match = ready.exec(line);
      if (match && !urls[name]) {
        urls[name] = match[1];
        if (urls.app && urls.sandbox) announce();
      }
    }
  };
  child.stdout.on("data", (chunk) => onData(chunk, process.stdout));
  child.stderr.on("data", (chunk) => onData(chunk, process.stderr));
  child.on("exit", (code, signal) => onExit(name, code, signal));
  return child;
}

function announce() {
  console.log(
    [
      "",
      `  App:     ${urls.app}`,
      `  Sandbox: ${urls.sandbox}  (over real HTTP: Target "Custom base URL" pointed at this server;`,
      "           the default in-page Sandbox target needs no server)",
      "  Ctrl+C stops both.",
      "",
    ].join("\n"),
  );
}

/** @param {"app" | "sandbox"} name @param {number | null} code @param {NodeJS.Signals | null} signal */
function onExit(name, code, signal) {
  exited.add(name);
  if (!stopping) {
    const other = name === "app" ? "sandbox" : "app";
    const what = name === "app" ? `The app (Vite on port ${appPort})` : `The sandbox server (port ${sandboxPort})`;
    const flag = name === "app" ? `--port ${appPort + 1}` : `--sandbox-port ${sandboxPort + 1}`;
    const envName = name === "app" ? "APP_PORT" : "SANDBOX_PORT";
    console.error(
      `\n${what} stopped (${signal ?? `exit code ${code}`}); stopping the ${other} too.\n` +
        `If its port is taken, free it or pick another: npm start -- ${flag}  (or ${envName}=… npm start).\n${usage}`,
    );
    process.exitCode = code || 1;
    stop();
  }
  if (exited.size === Object.keys(children).length) process.exit();
}

function stop() {
  stopping = true;
  for (const [name, child] of Object.entries(children)) {
    if (exited.has(name)) continue;
    child.kill("SIGTERM");
    // A child that ignores SIGTERM must still not outlive `npm start`.
    setTimeout(() => exited.has(name) || child.kill("SIGKILL"), 5000).unref();
  }
}

process.on("SIGINT", stop);
process.on("SIGTERM", stop);
