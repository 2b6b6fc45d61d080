/** The suites, each a group of figures measured together (one page load serves several figures). */
export const suiteNames = ["startup", "body", "form", "send", "bulk", "permalink", "profile"] as const;
export type SuiteName = (typeof suiteNames)[number];

/** `--only=` also takes the figure names of the table. */
const aliases: Record<string, readonly SuiteName[]> = {
  painted: ["startup"],
  validated: ["startup"],
  bytes: ["startup"],
  typing: ["body"],
  validation: ["body"],
  memory: ["startup", "body"],
  import: ["bulk"],
  throughput: ["bulk"],
};

export interface BenchOptions {
  readonly runs: number;
  readonly warmups: number;
  readonly quick: boolean;
  readonly suites: ReadonlySet<SuiteName>;
  /** Body sizes (items) for the body suite. */
  readonly sizes: readonly number[];
  readonly skipBuild: boolean;
  /** Start-up is measured at full speed and, when above 1, again under this CPU slowdown (CDP). */
  readonly cpuSlowdown: number;
}

export const usage = `npm run bench -- [--quick] [--runs=N] [--only=startup,body,form,send,bulk,permalink] [--sizes=1000,10000] [--profile] [--skip-build]
  --quick       3 runs instead of 5 (still after a warm-up)
  --runs=N      N measured runs per figure (default 5; bulk: 2, or 1 with --quick, never more than N)
  --only=LIST   suites to run; also painted, validated, bytes, typing, validation, memory, import, throughput
  --sizes=LIST  body sizes for typing/validation (default 1000,10000)
  --profile     also CPU-profile the app's slow paths (saved in bench-results/profiles/)
  --skip-build  reuse dist-bench/ from a previous run
  --cpu-slowdown=N  also measure start-up under an N× CPU slowdown (default 4; 1 = full speed only)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  let runs: number | undefined;
  let quick = false;
  let skipBuild = false;
  let suites = new Set<SuiteName>(suiteNames.filter((name) => name !== "profile"));
  let profile = false;
  let sizes: readonly number[] = [1000, 10000];
  let cpuSlowdown = 4;
  for (const arg of argv) {
    const [flag, value = ""] = arg.split("=", 2) as [string, string | undefined];
    if (flag === "--quick") quick = true;
    else if (flag === "--skip-build") skipBuild = true;
    else if (flag === "--profile") profile = true;
    else if (flag === "--runs" && /^[1-9]\d*$/.test(value)) runs = Number(value);
    else if (flag === "--cpu-slowdown" && /^[1-9]\d*$/.test(value)) cpuSlowdown = Number(value);
    else if (flag === "--sizes" && /^\d+(,\d+)*$/.test(value)) sizes = value.split(",").map(Number);
    else if (flag === "--only" && value !== "") {
      suites = new Set();
      for (const name of value.split(",")) {
        const mapped = (suiteNames as readonly string[]).includes(name) ? [name as SuiteName] : aliases[name];
        if (!mapped) throw new Error(`Unknown --only name "${name}".\n${usage}`);
        for (const suite of mapped) suites.add(suite);
      }
    } else throw new Error(`Unknown option "${arg}".\n${usage}`);
  }
  if (profile) suites.add("profile");
  return { runs: runs ?? (quick ? 3 : 5), warmups: 1, quick, suites, sizes, skipBuild, cpuSlowdown };
}
