import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { join } from "node:path";

/** Where a position in a built script came from. */
export interface OriginalPosition {
  /** Path as the source map names it, shortened to `src/…` or `monaco-editor/…`. */
  readonly source: string;
  /** 1-based. */
  readonly line: number;
  readonly name: string | undefined;
}

export type PositionResolver = (url: string, line: number, column: number) => OriginalPosition | undefined;

/**
 * Maps profile positions (a served URL, 0-based line and column) back to the sources, through
 * the `.map` files the bench builds beside each script (`sourcemap: "hidden"`: no comment in the
 * scripts, so pages load exactly what production serves).
 */
export function sourceMapResolver(distDir: string): PositionResolver {
  const maps = new Map<string, SourceMap | undefined>();
  const load = (path: string): SourceMap | undefined => {
    if (!maps.has(path)) {
      const file = join(distDir, path + ".map");
      maps.set(path, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8")) as ConstructorParameters<typeof SourceMap>[0]) : undefined);
    }
    return maps.get(path);
  };
  return (url, line, column) => {
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      return undefined;
    }
    const entry = load(path)?.findEntry(line, column);
    // Node returns an empty object (or one without a source) where a position has no mapping.
    if (!entry || !("originalSource" in entry) || typeof entry.originalSource !== "string") return undefined;
    const source = entry.originalSource.replace(/^.*?\/(src\/)/, "$1").replace(/^.*node_modules\//, "");
    const name = (entry as { name?: string }).name;
    return { source, line: entry.originalLine + 1, name };
  };
}
