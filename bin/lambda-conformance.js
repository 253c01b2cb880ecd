#!/usr/bin/env node
// Runs the TypeScript CLI in place: the suite ships its sources, tsx compiles them on the fly.
import { register } from "tsx/esm/api";

// On Node < 22 the AWS SDK prints a seven-line NodeVersionSupportWarning in the middle of the run's
// output; its documented switch turns that off, and one line here says the same before the run.
const SDK_SWITCH = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
if (Number(process.versions.node.split(".")[0]) < 22 && process.env[SDK_SWITCH] === undefined) {
  process.env[SDK_SWITCH] = "true";
  if (process.argv[2] === "run")
    console.error(
      `lambda-conformance: note: AWS SDK releases after early January 2027 need Node >= 22 (this is ${process.version})`,
    );
}
register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
