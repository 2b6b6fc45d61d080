/**
 * The Java snippet run by a real `java` in source-file mode (JDK 11+). Opt-in with
 * `JAVA_ROUND_TRIP=1`: javac takes 20-40 s for these programs on a busy 2-core machine, too slow
 * for every unit run, and .ci/run does not install a JDK (it is large). Without it the
 * exact-string tests in java-http-client.test.ts stand alone.
 *
 * Compiling is the slow part, so each run is one source file: the snippets' imports merged, a
 * first class whose `main` calls each snippet's class in order (source-file mode runs the first
 * class), and each `public class SyncData` renamed `SyncDataN`.
 */
import { javaHttpClientSnippet } from "./java-http-client";
import { describeProgramRoundTrip } from "./testing/program-round-trip";
import { findProgram, runSourceFile } from "./testing/run-program";
import { runtime } from "./testing/runtime";

const optedIn = process.env.JAVA_ROUND_TRIP === "1";
const java = optedIn
  ? runtime(findProgram("javac") && findProgram("java"), "no JDK (java, javac) is installed", false)
  : runtime(undefined, "slow; set JAVA_ROUND_TRIP=1 to run it with a JDK", false);

export function javaBatch(snippets: readonly string[]): string {
  const imports = new Set(snippets.flatMap((snippet) => snippet.split("\n").filter((line) => line.startsWith("import "))));
  const classes = snippets.map((snippet, i) =>
    snippet
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n")
      .replace("public class SyncData {", `class SyncData${i} {`),
  );
  const batch = `public class Batch {\n    public static void main(String[] args) throws Exception {\n${snippets.map((_, i) => `        SyncData${i}.main(args);`).join("\n")}\n    }\n}`;
  return [[...imports].join("\n"), batch, ...classes].join("\n\n");
}

describeProgramRoundTrip({
  name: "Java (HttpClient)",
  runtime: java,
  install: "apt-get install default-jdk-headless",
  generate: javaHttpClientSnippet,
  batches: 1,
  batchSize: 24,
  runBatch: (snippets, { env, files }) =>
    runSourceFile(java.path ?? "java", "Batch.java", javaBatch(snippets), { ...(env ? { env } : {}), ...(files ? { files } : {}) }),
});
