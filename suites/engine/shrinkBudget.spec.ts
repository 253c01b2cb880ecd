import { describe, expect, it } from "vitest";
import { createShrinkBudget, SHRINK_REQUESTS_PER_FAILURE, SHRINK_REQUESTS_PER_RUN } from "./shrinkBudget.ts";

describe("createShrinkBudget", () => {
  it("gives each failure at most its own share, and no more than the operation's", () => {
    expect(createShrinkBudget(1).next()).toBe(SHRINK_REQUESTS_PER_FAILURE);
    expect(createShrinkBudget(100).next()).toBe(SHRINK_REQUESTS_PER_RUN / 100);
  });

  it("splits the run's share evenly over the operations, and ends at 0 once spent", () => {
    const share = Math.floor(SHRINK_REQUESTS_PER_RUN / 10);
    const budget = createShrinkBudget(10);
    expect(budget.next()).toBe(SHRINK_REQUESTS_PER_FAILURE);
    budget.spend(share - 3);
    expect(budget.next()).toBe(3);
    budget.spend(3);
    expect(budget.next()).toBe(0);
  });

  it("stays at 0 when a shrink overspent, and treats an empty plan as one operation", () => {
    const budget = createShrinkBudget(SHRINK_REQUESTS_PER_RUN);
    budget.spend(5);
    expect(budget.next()).toBe(0);
    expect(createShrinkBudget(0).next()).toBe(SHRINK_REQUESTS_PER_FAILURE);
  });
});
