#!/usr/bin/env node
// Runs the TypeScript CLI in place: the suite ships its sources, tsx compiles them on the fly.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
