import { relationshipDetailSchema } from "@art28/contract";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { accessibilityViolations } from "./browser.ts";
import { browserSuiteSkipReason, useBrowserSuite } from "./web-server.ts";

// A name no demo relationship has, so the test finds its own.
const relationshipName = "Loonstrokenportaal (e2e)";
const holder = "Salarisdienst Noord B.V.";

async function logIn(page: Page, baseUrl: string): Promise<string> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel("E-mailadres").fill("privacy@gemeente-voorbeeld.example");
  await page.getByLabel("Wachtwoord").fill(demoPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
  const organisationId = /\/organisaties\/([^/?#]+)/.exec(page.url())?.[1];
  expect(organisationId).toBeDefined();
  return organisationId!;
}

/** The count in the dashboard's compliance table for one status, as a number. */
async function complianceCount(page: Page, status: string): Promise<number> {
  const row = page
    .getByRole("table", { name: "Relaties per status" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: status, exact: true }) });
  const text = (await row.getByRole("link").textContent()) ?? "";
  expect(text, `the count of '${status}'`).toMatch(/^\d+$/);
  return Number(text);
}

describe.skipIf(browserSuiteSkipReason)("the register in Chromium", () => {
  const suite = useBrowserSuite();

  it("leads from the dashboard to a filtered list, creates a relationship and refuses a certificate that expires before it was issued", async () => {
    const page = await suite.newPage();
    const organisationId = await logIn(page, suite.baseUrl());

    // Dashboard: counts per status, each a number and a link to the filtered register.
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Dashboard" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await page.getByRole("table", { name: "Relaties per status" }).waitFor();
    const compliant = await complianceCount(page, "In orde");
    const missing = await complianceCount(page, "Overeenkomst ontbreekt");
    await complianceCount(page, "Onvolledig");
    // The demo municipality shows realistic cases: some in order, some without agreement.
    expect(compliant).toBeGreaterThanOrEqual(1);
    expect(missing).toBeGreaterThanOrEqual(1);
    await page.getByRole("heading", { level: 2, name: "Termijnen in de komende 90 dagen" }).waitFor();
    expect(await page.getByRole("img", { name: /^Staafdiagram van de naleving/ }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Following a count shows exactly those relationships, with the filter in the address.
    await page.getByRole("link", { name: new RegExp(`^${missing} relaties?: Overeenkomst ontbreekt$`) }).click();
    await page.waitForURL(/\/register\?naleving=missing$/);
    await page.getByRole("heading", { level: 1, name: "Register" }).waitFor();
    const table = page.getByRole("table", { name: "Relaties" });
    await table.waitFor();
    const rows = table.getByRole("row").filter({ has: page.getByRole("rowheader") });
    expect(await rows.count()).toBe(missing);
    for (const status of await rows.locator(".art28-status").allTextContents()) {
      expect(status).toBe("Overeenkomst ontbreekt");
    }
    expect(await page.getByLabel("Status").inputValue()).toBe("missing");
    expect(await accessibilityViolations(page)).toEqual([]);

    // Back returns to the dashboard.
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

    // A new relationship: the role comes from the party's role assessment.
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Register" }).click();
    await page.getByRole("link", { name: "Nieuwe relatie" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe relatie" }).waitFor();
    await page.getByLabel("Zoek een partij").fill("Salarisdienst");
    await page.getByLabel(/^Partij/).selectOption({ label: holder });
    expect(await page.getByLabel("Rol van de partij").inputValue()).toBe("processor");
    await page.getByLabel(/^Dienst of verwerking/).fill(relationshipName);
    await page.getByRole("button", { name: "Relatie vastleggen" }).click();
    await page.getByRole("heading", { level: 1, name: relationshipName }).waitFor();
    const relationshipId = /\/register\/([^/?#]+)/.exec(page.url())?.[1];
    expect(relationshipId).toBeDefined();
    await page.getByText("Overeenkomst ontbreekt", { exact: true }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A certificate that expires before it was issued: refused in Dutch, next to the field.
    await page.getByRole("button", { name: "Certificering toevoegen" }).click();
    await page.getByLabel(/^Houder/).fill(holder);
    await page.getByLabel("Datum van uitgifte").fill("2026-06-01");
    await page.getByLabel("Vervaldatum").fill("2026-05-31");
    await page.getByRole("button", { name: "Certificering toevoegen" }).click();
    const message = "De vervaldatum ligt vóór de datum van uitgifte. Controleer beide datums.";
    await page.getByRole("heading", { name: "Controleer de volgende punten" }).waitFor();
    await page.getByRole("link", { name: `Vervaldatum: ${message}` }).waitFor();
    const expiryField = page.getByLabel("Vervaldatum");
    expect(await expiryField.getAttribute("aria-invalid")).toBe("true");
    const errorId = (await expiryField.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(message);
    expect(await accessibilityViolations(page)).toEqual([]);

    const detailPath = `${suite.baseUrl()}/api/organisations/${organisationId}/relationships/${relationshipId}`;
    const before = relationshipDetailSchema.parse(await (await page.request.get(detailPath)).json());
    expect(before.certifications).toEqual([]);

    // Corrected, it is saved, shown, and in the history with who did it.
    await expiryField.fill("2029-05-31");
    await page.getByRole("button", { name: "Certificering toevoegen" }).click();
    const title = `ISO/IEC 27001 (${holder})`;
    await page.getByRole("heading", { level: 3, name: title }).waitFor();
    await page.getByText("De wijziging is opgeslagen.").waitFor();
    await page.getByText("Geldig tot en met 31 mei 2029.").waitFor();
    const after = relationshipDetailSchema.parse(await (await page.request.get(detailPath)).json());
    expect(after.certifications.map(({ issuedOn, expiresOn }) => ({ issuedOn, expiresOn }))).toEqual([
      { issuedOn: "2026-06-01", expiresOn: "2029-05-31" },
    ]);

    await page.getByRole("button", { name: `Geschiedenis: ${title}` }).click();
    const history = page.getByRole("table", { name: `Geschiedenis van ${title}` });
    await history.waitFor();
    const created = history.getByRole("row").filter({ hasText: "Aangemaakt" });
    expect(await created.count()).toBe(1);
    expect(await created.textContent()).toContain("privacy@gemeente-voorbeeld.example");
    expect(await created.textContent()).toContain("Vervaldatum: 31 mei 2029");
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same page in English.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Certifications" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Agreements" }).waitFor();
    await page.context().close();
  });

  it("shows a viewer the register without any edit controls", async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.baseUrl()}/inloggen`);
    await page.getByLabel("E-mailadres").fill("lezer@gemeente-voorbeeld.example");
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Register" }).click();
    const table = page.getByRole("table", { name: "Relaties" });
    await table.waitFor();
    expect(await page.getByRole("link", { name: "Nieuwe relatie" }).count()).toBe(0);
    await table.getByRole("rowheader").first().getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: "Overeenkomsten" }).waitFor();
    expect(await page.getByRole("button", { name: /^(Wijzigen|Verwijderen|Relatie wijzigen)/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /toevoegen$/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Geschiedenis/ }).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
