/** `lambda-conformance <command>`: dispatches to the commands; every failure is a message and an exit code. */
import { HELP } from "./help.ts";

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import("./runCommand.ts")).runCommand,
  baseline: async () => (await import("./baselineCommand.ts")).baselineCommand,
  merge: async () => (await import("./mergeCommand.ts")).mergeCommand,
  compare: async () => (await import("./compareCommand.ts")).compareCommand,
  matrix: async () => (await import("./matrixCommand.ts")).matrixCommand,
  calibrate: async () => (await import("./calibrateCommand.ts")).calibrateCommand,
  export: async () => (await import("../specs/openapi/exportCommand.ts")).runExportCommand,
  diff: async () => (await import("../specs/diff/diffCommand.ts")).runDiffCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    console.error(
      `lambda-conformance: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")}. See --help.`,
    );
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    console.error(`lambda-conformance ${name}: ${(e as Error).message}`);
    return 2;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
