/** report.html in headless Debian Chromium: it renders offline, the matrix has a row per operation, a failure opens. */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSample } from "../testkit/reportFixtures/runSample.ts";
import { sampleCases, sampleMeta } from "../testkit/reportFixtures/sampleRun.ts";
import { renderCompare } from "./compare/renderCompare.ts";
import { readResults } from "./readResults.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = new URL("./out/screenshots/", import.meta.url);
const present = existsSync(CHROMIUM);
if (!present)
  console.warn(
    `[reports] ${CHROMIUM} is absent: skipping the HTML browser test (run scripts/setup-browser.sh)`,
  );

describe.skipIf(!present)(`report.html in ${CHROMIUM}`, () => {
  let browser: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), "lc-chromium-"));
    // A fresh profile directory each run; playwright passes it as --user-data-dir.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it("renders offline with a matrix row per operation, and a failing cell opens its finding", async () => {
    const first = await runSample();
    const baseline = await readResults(join(first.outDir, "results.json"));
    // A baseline missing one finding makes it "new" in this run; the drill-down must say so.
    const { outDir, outcome } = await runSample({
      baseline: { ...baseline, findings: baseline.findings.slice(1) },
    });
    expect(outcome.diff?.new).toHaveLength(1);
    const page = await browser.newPage();
    const external: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      external.push(url);
      return route.abort();
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(outDir, "report.html")).href);

    const rows = await page
      .locator("#matrix tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-operation")));
    expect(rows).toEqual([
      "CreateFunction",
      "GetFunction",
      "Invoke",
      "ListAliases",
      "PutFunctionConcurrency",
    ]);
    expect(await page.locator("#chart .bar").count()).toBeGreaterThan(0);
    expect(await page.locator("#overall").textContent()).toBe("70.0%");

    const finding = page.locator('details.finding[data-operation="CreateFunction"][data-check="statusCode"]');
    expect(await finding.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#matrix tr[data-operation="CreateFunction"] td.fail a').last().click();
    expect(await finding.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => finding.locator("pre.curl").isVisible()).toBe(true);
    expect(await finding.locator("pre.curl").textContent()).toContain(
      '--aws-sigv4 "aws:amz:us-east-1:lambda"',
    );
    expect(await finding.locator("pre.replay").textContent()).toContain("--seed 42");
    expect(await finding.locator("pre.request").textContent()).toContain("authorization: <redacted>");
    expect(await page.locator(".badge.new").count()).toBeGreaterThanOrEqual(1);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL("report.png", SCREENSHOTS).pathname, fullPage: true });
    await finding.screenshot({ path: new URL("finding.png", SCREENSHOTS).pathname });
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    expect(await readFile(join(outDir, "report.html"), "utf8")).not.toMatch(/\b(?:src|href)="https?:/);
  }, 60_000);

  it("renders the compare page with both targets per cell", async () => {
    const a = await runSample();
    // B rejects every too-long FunctionName: CreateFunction's cells differ.
    const cases = sampleCases().filter(
      (c) => !(c.case.operation === "CreateFunction" && c.case.phase === "invalid"),
    );
    const b = await runSample({
      cases,
      meta: sampleMeta({
        target: { name: "localstack", endpoint: "http://127.0.0.1:4566", version: "4.0.3" },
      }),
    });
    const { html } = renderCompare(
      await readResults(join(a.outDir, "results.json")),
      await readResults(join(b.outDir, "results.json")),
    );
    const file = join(a.outDir, "compare.html");
    await writeFile(file, html);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.locator("#matrix tbody tr").count()).toBe(5);
    expect(await page.locator('#matrix tr[data-operation="CreateFunction"] td.differ').count()).toBe(2);
    expect(await page.locator("h1").textContent()).toBe("Parity: moto 5.0.28 vs localstack 4.0.3");
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL("compare.png", SCREENSHOTS).pathname, fullPage: true });
  }, 60_000);
});
