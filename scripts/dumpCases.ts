/**
 * Prints the case digest of a seed (`caseDigest.ts`); `caseDigest.spec.ts` holds the committed one.
 * Usage: npx tsx scripts/dumpCases.ts [seed] [runs]
 */
import { DEFAULT_MODEL_FILE } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import { caseDigest } from "./caseDigest.ts";

const seed = Number(process.argv[2] ?? 42);
const runs = Number(process.argv[3] ?? 25);
const digest = caseDigest(loadModelFile(DEFAULT_MODEL_FILE), seed, runs);
console.log(`${digest.operations} operations, ${digest.cases} cases, seed ${seed}, runs ${runs}`);
console.log(digest.sha256);
