import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { defaultAppPort, defaultSandboxPort, parseStartOptions } from "./start-options.mjs";

describe("parseStartOptions", () => {
  it.each([
    [[], {}, { appPort: defaultAppPort, sandboxPort: defaultSandboxPort, host: "127.0.0.1" }],
    [["--port", "6000", "--sandbox-port", "9000"], {}, { appPort: 6000, sandboxPort: 9000, host: "127.0.0.1" }],
    [["--port=6001", "--sandbox-port=9001", "--host", "0.0.0.0"], {}, { appPort: 6001, sandboxPort: 9001, host: "0.0.0.0" }],
    [[], { APP_PORT: "7000", SANDBOX_PORT: "7001" }, { appPort: 7000, sandboxPort: 7001, host: "127.0.0.1" }],
    [["--port", "6002"], { APP_PORT: "7000" }, { appPort: 6002, sandboxPort: defaultSandboxPort, host: "127.0.0.1" }],
  ])("%j with %j", (argv, env, expected) => {
    expect(parseStartOptions(argv, env)).toEqual(expected);
  });

  it.each([
    [["--port"], {}, /--port must be a port/],
    [["--port", "http"], {}, /--port must be a port from 1 to 65535, got "http"/],
    [["--sandbox-port", "70000"], {}, /--sandbox-port must be a port/],
    [[], { SANDBOX_PORT: "x" }, /SANDBOX_PORT must be a port/],
    [["--port", "9000", "--sandbox-port", "9000"], {}, /cannot share port 9000/],
    [["--verbose"], {}, /Unknown option --verbose\. Usage: npm start/],
  ])("refuses %j %j", (argv, env, message) => {
    expect(() => parseStartOptions(argv, env)).toThrow(message);
  });
});

/** A port nothing listens on now (the OS's pick, released at once). */
async function freePort(): Promise<number> {
  const server = await listen(0);
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

/** True when the port can be taken again, i.e. nothing was left listening on it. */
async function isFree(port: number): Promise<boolean> {
  try {
    const server = await listen(port);
    await new Promise((resolve) => server.close(resolve));
    return true;
  } catch {
    return false;
  }
}

interface Run {
  readonly child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp): Promise<void>;
  exited: Promise<number | null>;
}

const runs: ChildProcess[] = [];
const blockers: Server[] = [];
afterEach(async () => {
  for (const child of runs.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(blockers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

function runStart(args: string[]): Run {
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  runs.push(child);
  let text = "";
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    waiters.forEach((check) => check());
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => text,
    exited,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        const check = () => pattern.test(text) && resolve();
        waiters.push(check);
        check();
        void exited.then(() => (pattern.test(text) ? resolve() : reject(new Error(`npm start exited before printing ${pattern}:\n${text}`))));
      }),
  };
}

describe("npm start", () => {
  it("serves on the ports asked for, prints the URLs it got, and Ctrl+C stops both servers", async () => {
    const appPort = await freePort();
    const sandboxPort = await freePort();
    const run = runStart(["--port", String(appPort), "--sandbox-port", String(sandboxPort)]);
    await run.waitFor(/Ctrl\+C stops both/);
    expect(run.output()).toContain(`App:     http://127.0.0.1:${appPort}/`);
    expect(run.output()).toContain(`Sandbox: http://127.0.0.1:${sandboxPort}`);
    expect((await fetch(`http://127.0.0.1:${appPort}/`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${sandboxPort}/__sandbox/requests`)).json()).toEqual([]);

    run.child.kill("SIGINT");
    await run.exited;
    expect(await isFree(appPort)).toBe(true);
    expect(await isFree(sandboxPort)).toBe(true);
  }, 120_000);

  it("when the app's port is taken, fails instead of moving, stops the sandbox server and says what to do", async () => {
    const appPort = await freePort();
    const sandboxPort = await freePort();
    blockers.push(await listen(appPort));
    const run = runStart(["--port", String(appPort), "--sandbox-port", String(sandboxPort)]);
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toContain(`The app (Vite on port ${appPort}) stopped`);
    expect(run.output()).toContain(`npm start -- --port ${appPort + 1}`);
    expect(run.output()).not.toContain("App:     http");
    expect(await isFree(sandboxPort)).toBe(true);
  }, 120_000);

  it("when the sandbox server's port is taken (SANDBOX_PORT), stops the app and says what to do", async () => {
    const appPort = await freePort();
    const sandboxPort = await freePort();
    blockers.push(await listen(sandboxPort));
    const child = spawn(process.execPath, ["scripts/start.mjs", "--port", String(appPort)], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, SANDBOX_PORT: String(sandboxPort) },
    });
    runs.push(child);
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).not.toBe(0);
    expect(text).toContain(`The sandbox server (port ${sandboxPort}) stopped`);
    expect(text).toContain(`--sandbox-port ${sandboxPort + 1}`);
    expect(await isFree(appPort)).toBe(true);
  }, 120_000);
});
