/**
 * The PHP snippet run by a real php-cli with the curl extension (Debian: php-cli php-curl).
 * Several snippets run as one script: each is a complete script, so only the first `<?php` stays.
 */
import { spawnSync } from "node:child_process";
import { phpCurlSnippet } from "./php-curl";
import { describeProgramRoundTrip } from "./testing/program-round-trip";
import { findProgram, runSourceFile } from "./testing/run-program";
import { runtime } from "./testing/runtime";

/** php, when it is installed with the curl extension. */
function phpWithCurl(): string | undefined {
  const php = findProgram("php");
  if (php === undefined) return undefined;
  return spawnSync(php, ["-r", 'exit(extension_loaded("curl") ? 0 : 1);']).status === 0 ? php : undefined;
}

const php = runtime(phpWithCurl(), "php or its curl extension is not installed");

describeProgramRoundTrip({
  name: "PHP (curl)",
  runtime: php,
  install: "apt-get install php-cli php-curl",
  generate: phpCurlSnippet,
  batches: 4,
  batchSize: 24,
  runBatch: (snippets, { env, files }) =>
    runSourceFile(php.path ?? "php", "snippet.php", snippets.map((s, i) => (i === 0 ? s : s.replace(/^<\?php\n/, ""))).join("\n"), {
      ...(env ? { env } : {}),
      ...(files ? { files } : {}),
    }),
});
