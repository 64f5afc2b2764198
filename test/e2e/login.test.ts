import { describe, expect, it } from "vitest";
import { demoCounterparties } from "../../packages/server/src/demo/demo-counterparties.ts";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { accessibilityViolations } from "./browser.ts";
import { browserSuiteSkipReason, useBrowserSuite } from "./web-server.ts";

describe.skipIf(browserSuiteSkipReason)("logging in through Chromium", () => {
  const suite = useBrowserSuite();

  it("logs in as the privacy officer and sees the demo counterparties, without accessibility violations", async () => {
    const page = await suite.newPage();
    await page.goto(suite.baseUrl());
    await page.waitForURL(/\/inloggen/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" }).isVisible()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("E-mailadres").fill("privacy@gemeente-voorbeeld.example");
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();

    await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
    const table = page.getByRole("table", { name: "Partijen" });
    await table.waitFor();
    await page.getByRole("rowheader", { name: "Salarisdienst Noord B.V." }).waitFor();
    expect(await table.locator("tbody tr").count()).toBe(demoCounterparties.length);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("shows a clear message for a wrong password and stays on the login page", async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.baseUrl()}/inloggen`);
    await page.getByLabel("E-mailadres").fill("privacy@gemeente-voorbeeld.example");
    await page.getByLabel("Wachtwoord").fill("wrong password");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByText("E-mailadres of wachtwoord klopt niet.").waitFor();
    expect(page.url()).toContain("/inloggen");
    await page.context().close();
  });
});
