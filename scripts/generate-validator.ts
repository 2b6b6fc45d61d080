/**
 * Compiles the body schema into standalone validator code at build time, so the page runs no
 * `new Function` (strict CSP) and never compiles a schema at start-up.
 * Run `npm run generate` after changing src/endpoint/schema.ts; a unit test fails while the
 * committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { makeValidatorSource } from "./validator-source";

const target = fileURLToPath(new URL("../src/endpoint/generated/validate-body.js", import.meta.url));
writeFileSync(target, makeValidatorSource());
console.log(`wrote ${target}`);
