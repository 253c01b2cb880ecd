/** Lambda's operations that create resources billed by the hour: never sent to real AWS unless asked. */
export const COSTLY_OPERATIONS: Readonly<Record<string, string>> = {
  PutProvisionedConcurrencyConfig: "provisioned concurrency is billed per hour while it exists",
};

/** The stateful phase creates provisioned concurrency among its commands, so it counts as costly too. */
export const COSTLY_PHASES: Readonly<Record<string, string>> = {
  stateful: "its command sequences include PutProvisionedConcurrencyConfig",
};
