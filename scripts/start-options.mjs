// What `npm start` runs on: ports from the command line, else the environment, else the defaults.

export const defaultAppPort = 5173;
export const defaultSandboxPort = 8787;
export const usage =
  "Usage: npm start -- [--port N] [--sandbox-port M] [--host H]   (or APP_PORT=N SANDBOX_PORT=M npm start)";

/**
 * @param {readonly string[]} argv the arguments after `npm start --`
 * @param {Record<string, string | undefined>} env
 * @returns {{ appPort: number, sandboxPort: number, host: string }}
 */
export function parseStartOptions(argv, env) {
  let appPort = portFrom("APP_PORT", env.APP_PORT, defaultAppPort);
  let sandboxPort = portFrom("SANDBOX_PORT", env.SANDBOX_PORT, defaultSandboxPort);
  let host = "127.0.0.1";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (name === "--port") appPort = portFrom("--port", value(), undefined);
    else if (name === "--sandbox-port") sandboxPort = portFrom("--sandbox-port", value(), undefined);
    else if (name === "--host") host = value() ?? "";
    else throw new Error(`Unknown option ${arg}. ${usage}`);
  }
  if (!host) throw new Error(`--host needs an address. ${usage}`);
  if (appPort === sandboxPort) throw new Error(`The app and the sandbox server cannot share port ${appPort}. ${usage}`);
  return { appPort, sandboxPort, host };
}

/**
 * @param {string} name
 * @param {string | undefined} text
 * @param {number | undefined} fallback
 */
function portFrom(name, text, fallback) {
  if ((text === undefined || text === "") && fallback !== undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text ?? "") || port < 1 || port > 65535) throw new Error(`${name} must be a port from 1 to 65535, got "${text ?? ""}". ${usage}`);
  return port;
}
