#!/usr/bin/env node
// `npm start`: the app (Vite dev server on http://127.0.0.1:5173) and the sandbox server
// (http://127.0.0.1:8787) together; Ctrl+C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["vite", "--host", "127.0.0.1", "--port", "5173"], { stdio: "inherit" }),
  spawn("npx", ["tsx", "scripts/sandbox-server.ts", "--port", "8787"], { stdio: "inherit" }),
];
const stop = () => children.forEach((child) => child.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => {
  if (code) {
    stop();
    process.exitCode = code;
  }
});
