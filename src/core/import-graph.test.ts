import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The core's folders form layers: no folder imports one that (directly or not) imports it back,
 * and endpoint/ imports nothing of ours. Read from the source text, like a reviewer would.
 */
const src = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" || entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `core/validation` for src/core/validation/x.ts; `endpoint` for src/endpoint/x.ts. */
function folderOf(file: string): string {
  const parts = relative(src, file).split(/[\\/]/);
  return parts[0] === "core" ? `core/${parts[1] ?? ""}` : (parts[0] ?? "");
}

function importedFiles(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? "");
  return specifiers.map((s) => resolve(dirname(file), s));
}

/** Folder → the folders its files import (itself excluded). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of [...sourceFiles(join(src, "core")), ...sourceFiles(join(src, "endpoint"))]) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of importedFiles(file)) {
      const to = folderOf(target);
      if (to !== from && relative(src, target).startsWith("..") === false) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle found by depth-first search, as the folders along it. */
function findCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("the core's import graph", () => {
  const graph = folderGraph();

  it("has no cycle between folders", () => {
    expect(findCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("keeps endpoint/ free of imports of ours", () => {
    expect([...(graph.get("endpoint") ?? [])]).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself works)", () => {
    const looped = new Map([
      ["core/a", new Set(["core/b"])],
      ["core/b", new Set(["core/c"])],
      ["core/c", new Set(["core/a"])],
    ]);
    expect(findCycles(looped)).toEqual([["core/a", "core/b", "core/c", "core/a"]]);
    expect(findCycles(new Map([["core/a", new Set(["core/b"])]]))).toEqual([]);
  });
});
