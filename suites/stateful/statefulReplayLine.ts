/** The command line that replays a whole stateful phase: the same seed regenerates every command sequence. */
export function statefulReplayLine(seed: number, runs: number): string {
  return `npx lambda-conformance run --phases stateful --seed ${seed} --runs ${runs}`;
}
