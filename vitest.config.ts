import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A bound against hangs, not a speed goal (speed lives in `npm run bench…`): vitest's 5 s default
    // failed property tests and CLI-spawning tests on a 2-core machine busy with emulators.
    testTimeout: 30_000,
  },
});
