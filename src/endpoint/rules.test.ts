import { describe, expect, it } from "vitest";
import { validateBody } from "../core/validation/validate-body";
import { documentedExampleText } from "./example";
import { basisText, sandboxRules, sandboxRulesIn, validatorRule, validatorRules, type Rule } from "./rules";
import { bodySchema, type SchemaNode } from "./schema";

const now = Date.UTC(2026, 10, 27);
const valid = documentedExampleText.replace('"FackbookOrderConversionRate"', '"FackbookConvRate"');
const withField = (field: string, literal: string): string => valid.replace(new RegExp(`"${field}": [^,\\n]+`), `"${field}": ${literal}`);

/** Bodies that between them make the validator report every kind of problem it knows. */
const corpus = [
  "{",
  "{}",
  '{"marketing_activity_datas": []}',
  documentedExampleText,
  withField("order_num", '"100"'),
  withField("order_num", "1.5"),
  withField("order_num", "9223372036854775808"),
  withField("old_buyer_sum", "9007199254740993"),
  withField("type", "4"),
  withField("occurred_on", "1672246800"),
  withField("occurred_on", "16722468000000"),
  withField("occurred_on", String(now + 86_400_000)),
  withField("click_num", "101"),
  withField("value", '"high"'),
  withField("order_num", '100, "order_nmu": 1'),
  valid.replace('"regional_visit_list": [', '"regional_visit_list": [' + '{"name":"a","count":1},'.repeat(5)),
  '{"marketing_activity_datas": [{"order_num": 1}]}',
];

function expectBasis(rule: Rule): void {
  expect(rule.summary.trim()).not.toBe("");
  if (rule.basis.kind === "documented") expect(rule.basis.source.trim()).not.toBe("");
  else expect(rule.basis.why.trim()).not.toBe("");
}

/** The validation keywords a schema node uses (annotations such as `description` are not rules). */
const annotations = new Set(["$schema", "$id", "title", "description", "examples", "properties", "items", "format", "enumDescriptions"]);
function keywordsOf(node: SchemaNode, into = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(node)) {
    if (!annotations.has(key)) into.add(key);
    if (key === "items" && value !== null && typeof value === "object" && !Array.isArray(value)) keywordsOf(value, into);
    if (key === "properties" && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const child of Object.values(value)) if (child !== null && typeof child === "object" && !Array.isArray(child)) keywordsOf(child, into);
    }
  }
  return into;
}

describe("every rule has a basis", () => {
  it.each(Object.entries(validatorRules))("validator rule %s", (_, rule) => expectBasis(rule));
  it.each(Object.entries(sandboxRules))("sandbox rule %s", (_, rule) => expectBasis(rule));

  it("every problem the validator reports names a rule with a basis", () => {
    const codes = new Set(corpus.flatMap((text) => validateBody(text, { nowMs: now }).problems.map((p) => p.code)));
    for (const code of codes) {
      const rule = validatorRule(code);
      expect(rule, `problem code "${code}" has no rule in endpoint/rules.ts`).toBeDefined();
      if (rule) expectBasis(rule);
    }
    // The corpus reaches every registered rule, so the check above covers them all.
    expect([...codes].sort()).toEqual(Object.keys(validatorRules).sort());
  });

  it("every keyword the schema validates with is a registered rule", () => {
    for (const keyword of keywordsOf(bodySchema)) expect(validatorRule(keyword), `schema keyword "${keyword}"`).toBeDefined();
  });

  it("nothing invented is labelled documented", () => {
    for (const id of ["nothing-to-sync", "missing-identity", "counters-inconsistent", "value-type", "unknown-field"] as const) {
      expect(validatorRules[id].basis.kind).toBe("assumed");
    }
    for (const id of ["auth-401-body", "type-400", "method-405", "nothing-to-sync-200", "high-risk-412"] as const) {
      expect(sandboxRules[id].basis.kind).toBe("assumed");
    }
  });
});

describe("labels", () => {
  it.each([
    ["assumed", sandboxRules["auth-401-body"], /^assumed — The 401 body is a neutral .+ Why: SHOPLINE's wording/],
    ["documented, with the quote", sandboxRules["rate-429"], /^documented — .+ \(SHOPLINE's flow-control page .+: "Too many request"\)$/],
  ])("%s", (_, rule, text) => {
    expect(basisText(rule)).toMatch(text);
  });

  it("reads a header's ids in order, skipping unknown ones", () => {
    expect(sandboxRulesIn("rate-queue, x, success-200").map((r) => r.id)).toEqual(["rate-queue", "success-200"]);
    expect(sandboxRulesIn(undefined)).toEqual([]);
    expect(sandboxRulesIn("__proto__, constructor")).toEqual([]);
  });
});
