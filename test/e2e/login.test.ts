import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCounterparties } from "../../packages/server/src/demo/demo-counterparties.ts";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { engines, startTestServer, type TestServer } from "../../packages/server/test/support/test-application.ts";
import { buildHttpServer } from "../../packages/server/src/http/server.ts";
import { chromiumSkipReason } from "../environment.ts";
import { accessibilityViolations, launchChromium } from "./browser.ts";

const webDist = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));
const skipReason =
  chromiumSkipReason ??
  (fs.existsSync(`${webDist}/index.html`) ? undefined : "the web app is not built (npm run build)");

describe.skipIf(skipReason)("logging in through Chromium", () => {
  let server: TestServer;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer(engines[0]!);
    // A second HTTP server on the same application, serving the built web app on a real port.
    const http = await buildHttpServer(server.application, { logger: false, webDistDirectory: webDist });
    await http.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
    const close = server.close;
    server.close = async () => {
      await http.close();
      await close();
    };
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("logs in as the privacy officer and sees the demo counterparties, without accessibility violations", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(baseUrl);
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
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel("E-mailadres").fill("privacy@gemeente-voorbeeld.example");
    await page.getByLabel("Wachtwoord").fill("wrong password");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByText("E-mailadres of wachtwoord klopt niet.").waitFor();
    expect(page.url()).toContain("/inloggen");
    await page.context().close();
  });
});
