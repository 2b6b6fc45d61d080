/**
 * The Go snippet compiled and run by a real `go run` (standard library only, so it works offline
 * and without a module). Compiling is the slow part, so each run is one program: every snippet's
 * `main` renamed `snippetN` and called in order. The build cache is kept between runs (in the
 * system's temporary directory) so that only the first run compiles net/http.
 */
import { join } from "node:path";
import { tmpdir } from "node:os";
import { goNetHttpSnippet } from "./go-net-http";
import { describeProgramRoundTrip } from "./testing/program-round-trip";
import { findProgram, runSourceFile } from "./testing/run-program";
import { runtime } from "./testing/runtime";

const go = runtime(findProgram("go"), "go is not installed");
const goEnv = {
  GOCACHE: join(tmpdir(), "sync-data-playground-go-build"),
  GOFLAGS: "",
  GOPROXY: "off",
  GOTOOLCHAIN: "local",
  GO111MODULE: "on",
};

/** One program from several snippets: one package clause, their imports merged, each `main` renamed. */
export function goBatch(snippets: readonly string[]): string {
  const header = /^package main\n\nimport \(\n([^)]*)\)\n/;
  const imports = new Set(snippets.flatMap((snippet) => snippet.match(header)?.[1]?.split("\n").filter(Boolean) ?? []));
  const bodies = snippets.map((snippet, i) => snippet.replace(header, "").replace("func main() {", `func snippet${i}() {`));
  const main = `func main() {\n${snippets.map((_, i) => `\tsnippet${i}()`).join("\n")}\n}`;
  return ["package main", `import (\n${[...imports].sort().join("\n")}\n)`, ...bodies, main].join("\n\n");
}

describeProgramRoundTrip({
  name: "Go (net/http)",
  runtime: go,
  install: "apt-get install golang-go",
  generate: goNetHttpSnippet,
  batches: 1,
  batchSize: 24,
  runBatch: (snippets, { env, files }) =>
    runSourceFile(go.path ?? "go", "main.go", goBatch(snippets), { args: ["run"], env: { ...goEnv, ...env }, ...(files ? { files } : {}) }),
});
