/** File edge: writes `docs/leniencies.md` from the leniency table. */
import { writeFileSync } from "node:fs";
import { LENIENCIES } from "./leniencies.ts";
import { renderLeniencies } from "./renderLeniencies.ts";

/** Where the rendered table is committed, relative to the repository root. */
export const LENIENCY_DOC_PATH = "docs/leniencies.md";

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(LENIENCY_DOC_PATH, renderLeniencies(LENIENCIES));
}
