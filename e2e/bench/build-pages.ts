import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";

/** Where each page under test is built; all are served the same way (static-server.ts). */
export interface BuiltPages {
  readonly app: string;
  readonly reference: string;
  readonly textarea: string;
}

export function builtPageDirs(root: string): BuiltPages {
  const out = join(root, "dist-bench");
  return { app: join(out, "app"), reference: join(out, "reference"), textarea: join(out, "textarea") };
}

/**
 * Builds the app for production with its own vite.config.ts, and the reference pages with a
 * small inline config using the same target and worker format, in this run, so that the floor
 * is always built from the monaco-editor version the app uses.
 */
export async function buildPages(root: string, options: { skip: boolean }): Promise<BuiltPages> {
  const dirs = builtPageDirs(root);
  if (options.skip && Object.values(dirs).every((dir) => existsSync(join(dir, "index.html")))) {
    console.log("Reusing the builds in dist-bench/ (--skip-build).");
    return dirs;
  }
  const started = Date.now();
  // Rolldown's plugin-timing notice is advice for build speed, not a problem with the pages.
  const quietTimings = { checks: { bundlerTimings: false } };
  // Hidden source maps: the scripts are byte for byte what production serves (no map comment),
  // and `--profile` maps its samples back to the sources.
  await build({ root, logLevel: "warn", build: { outDir: dirs.app, emptyOutDir: true, sourcemap: "hidden", rolldownOptions: quietTimings } });
  for (const page of ["reference", "textarea"] as const) {
    await build({
      configFile: false,
      root: join(root, "e2e/bench", page),
      logLevel: "warn",
      base: "/",
      worker: { format: "es" },
      build: { outDir: dirs[page], emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 10_000, rolldownOptions: quietTimings },
    });
  }
  console.log(`Built the app and the reference pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return dirs;
}
