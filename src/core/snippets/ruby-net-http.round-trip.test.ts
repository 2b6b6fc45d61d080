/** The Ruby snippet run by a real ruby (standard library only). Several snippets run as one script. */
import { rubyNetHttpSnippet } from "./ruby-net-http";
import { describeProgramRoundTrip } from "./testing/program-round-trip";
import { findProgram, runSourceFile } from "./testing/run-program";
import { runtime } from "./testing/runtime";

const ruby = runtime(findProgram("ruby"), "ruby is not installed");

describeProgramRoundTrip({
  name: "Ruby (Net::HTTP)",
  runtime: ruby,
  install: "apt-get install ruby",
  generate: rubyNetHttpSnippet,
  batches: 4,
  batchSize: 24,
  runBatch: (snippets, { env, files }) =>
    runSourceFile(ruby.path ?? "ruby", "snippet.rb", snippets.join("\n"), { ...(env ? { env } : {}), ...(files ? { files } : {}) }),
});
