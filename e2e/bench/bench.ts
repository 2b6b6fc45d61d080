/**
 * `npm run bench`: builds the app and the reference pages, serves them the same way, drives
 * headless Chromium, prints a table of figures (median, min–max, ratio to the bare Monaco page)
 * with the targets of the benchmark issue, and writes bench-results/latest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "./bench-context";
import { startPage } from "./bench-context";
import { launchBrowser } from "./browser";
import { buildPages } from "./build-pages";
import { failed, figureSpecs, type FigureResult, type FigureSpec } from "./figures";
import { measureBody } from "./measures/body";
import { measureBulk } from "./measures/bulk";
import { measureForm } from "./measures/form";
import { measurePermalink } from "./measures/permalink";
import { profileApp } from "./measures/profile-app";
import { measureSend } from "./measures/send";
import { measureStartup } from "./measures/startup";
import { parseOptions, type SuiteName } from "./options";
import { pagesUnderTest, type PageId } from "./pages";
import { formatTable, tableRows, targetLines } from "./report";
import { startStaticServer, type StaticServer } from "./static-server";

const root = fileURLToPath(new URL("../../", import.meta.url));
const began = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const options = (() => {
  try {
    return parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
})();
const loadAtStart = loadavg()[0] ?? 0;
if (loadAtStart > cpus().length) {
  console.warn(`Warning: the load average is ${loadAtStart.toFixed(1)} on ${cpus().length} cores; other work will add noise to every figure.`);
}
const dirs = await buildPages(root, { skip: options.skipBuild });
const servers: Record<PageId, StaticServer> = {
  app: await startStaticServer(dirs.app),
  reference: await startStaticServer(dirs.reference),
  textarea: await startStaticServer(dirs.textarea),
};
const browser = await launchBrowser();
const bulkRuns = Math.min(options.runs, options.quick ? 1 : 2);
const chromiumVersion = browser.version();
const figures: FigureResult[] = [];
const profileReport: string[] = [];
try {
  // The reference pages get the app editor's size; this first load also warms the OS caches.
  const bare = pagesUnderTest({ app: servers.app.url, reference: servers.reference.url, textarea: servers.textarea.url }, { width: 0, height: 0 });
  const ctx0: BenchContext = { root, browser, pages: bare, servers, runs: options.runs, warmups: options.warmups, log };
  const calibration = await startPage(ctx0, bare.app);
  const box = await calibration.page.locator(".monaco-editor").first().boundingBox();
  await calibration.close();
  if (!box) throw new Error("the app shows no Monaco editor");
  log(`App editor is ${Math.round(box.width)}×${Math.round(box.height)} px; the reference pages get the same size.`);
  const ctx: BenchContext = { ...ctx0, pages: pagesUnderTest({ app: servers.app.url, reference: servers.reference.url, textarea: servers.textarea.url }, box) };

  const suites: Record<SuiteName, { specs: FigureSpec[]; run: () => Promise<FigureResult[]> | FigureResult[] }> = {
    startup: {
      specs: [
        figureSpecs.startupFirstPaint,
        figureSpecs.startupPainted,
        figureSpecs.startupValidated,
        figureSpecs.startupUsable,
        figureSpecs.repeatVisit,
        figureSpecs.repeatPainted,
        figureSpecs.repeatFirstPaint,
        figureSpecs.repeatValidated,
        figureSpecs.firstLoadBytes,
        figureSpecs.firstVisitBytes,
        figureSpecs.offlinePrecacheBytes,
        figureSpecs.memoryStartup,
        ...(options.cpuSlowdown > 1 ? [figureSpecs.slowFirstPaint, figureSpecs.slowPainted, figureSpecs.slowValidated] : []),
      ],
      run: () => measureStartup(ctx, options.cpuSlowdown),
    },
    body: {
      specs: [
        figureSpecs.typing1000p50,
        figureSpecs.typing1000p95,
        figureSpecs.paste1000,
        figureSpecs.validation1000,
        figureSpecs.paste10000,
        figureSpecs.validation10000,
        figureSpecs.typing10000p50,
        figureSpecs.typing10000p95,
        figureSpecs.memory10000,
      ],
      run: () => measureBody(ctx, options.sizes),
    },
    form: { specs: [figureSpecs.formOpen, figureSpecs.formEdit], run: () => measureForm(ctx) },
    send: { specs: [figureSpecs.send1, figureSpecs.send1000], run: () => measureSend(ctx) },
    bulk: {
      specs: [
        figureSpecs.bulkImportRead,
        figureSpecs.bulkImportWrite,
        figureSpecs.bulkImport,
        figureSpecs.bulkThroughput,
        figureSpecs.bulkTypingP50,
        figureSpecs.bulkTypingP95,
      ],
      // A run takes ≈ 25 s (100 requests at 4 a second): few runs, no warm-up.
      run: () => measureBulk({ ...ctx, runs: bulkRuns, warmups: 0 }),
    },
    permalink: {
      specs: [
        figureSpecs.permalinkExample,
        figureSpecs.permalinkVaried1,
        figureSpecs.permalinkVaried5,
        figureSpecs.permalinkVaried20,
        figureSpecs.permalinkVaried100,
        figureSpecs.permalink1000,
      ],
      run: () => measurePermalink(),
    },
    profile: { specs: [], run: async () => (profileReport.push(...(await profileApp(ctx))), []) },
  };
  for (const [name, suite] of Object.entries(suites)) {
    if (!options.suites.has(name as SuiteName)) continue;
    const repeated = name !== "permalink" && name !== "profile";
    const runs = name === "bulk" ? `${bulkRuns} run(s), no warm-up` : `${options.runs} runs after ${options.warmups} warm-up`;
    log(repeated ? `${name}: ${runs}, a fresh browser context each` : name);
    try {
      figures.push(...(await suite.run()));
    } catch (error) {
      console.error(error);
      figures.push(...suite.specs.map((spec) => failed(spec, error)));
    }
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
}

const order: string[] = Object.values(figureSpecs).map((spec) => spec.id);
figures.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  os: `${platform()} ${release()}`,
  node: process.version,
  /** One-minute load averages when the run started and ended: above the core count, figures are noisy. */
  loadAverage: { start: Math.round(loadAtStart * 10) / 10, end: Math.round((loadavg()[0] ?? 0) * 10) / 10 },
};
console.log(
  `\nSync Data Playground benchmark — ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, Chromium ${chromiumVersion}, load ${machine.loadAverage.start}→${machine.loadAverage.end}; ${options.runs} runs after ${options.warmups} warm-up, ${((Date.now() - began) / 1000).toFixed(0)} s\n`,
);
console.log(formatTable(tableRows(figures)));
console.log("\nTargets:");
for (const line of targetLines(figures)) console.log(line);
if (profileReport.length > 0) console.log(`\nWhere the app's main thread spends its time:\n${profileReport.join("\n")}`);

const result = {
  format: "sync-data-playground-bench/1",
  date: new Date().toISOString(),
  machine: { ...machine, chromium: chromiumVersion },
  suites: [...options.suites],
  runs: options.runs,
  warmups: options.warmups,
  durationSeconds: Math.round((Date.now() - began) / 1000),
  figures,
  ...(profileReport.length > 0 ? { profile: profileReport } : {}),
};
const outDir = join(root, "bench-results");
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "latest.json"), JSON.stringify(result, null, 2) + "\n");
console.log(`\nWrote bench-results/latest.json`);
