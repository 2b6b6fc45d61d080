#!/usr/bin/env node
// `npm run bench` entry point: runs the TypeScript benchmark through tsx, forwarding the flags
// (`--quick`, `--runs=N`, `--only=startup,typing`, `--skip-build`; see bench.ts).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const child = spawn(process.execPath, ["--import", "tsx", "e2e/bench/bench.ts", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
