import {
  csrfHeaderName,
  csrfResponseSchema,
  historyResponseSchema,
  relationshipDetailSchema,
  relationshipListResponseSchema,
} from "@art28/contract";
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

  it("changes only what the user changed: a breach's moments keep their seconds, and the history holds no false changes", async () => {
    const page = await suite.newPage();
    const baseUrl = suite.baseUrl();
    const organisationId = await logIn(page, baseUrl);
    const api = `${baseUrl}/api/organisations/${organisationId}`;

    // A breach with moments to the millisecond, as an import or another client may store them.
    const list = relationshipListResponseSchema.parse(await (await page.request.get(`${api}/relationships`)).json());
    const relationshipId = list.items[0]!.id;
    const { token } = csrfResponseSchema.parse(await (await page.request.get(`${baseUrl}/api/csrf`)).json());
    const description = "Verloren laptop (e2e)";
    const created = await page.request.post(`${api}/relationships/${relationshipId}/breaches`, {
      headers: { [csrfHeaderName]: token },
      data: {
        description,
        occurredAt: "2026-11-22T08:15:42.250+01:00",
        processorAwareAt: "2026-11-22T10:00:07.500+01:00",
        controllerAwareAt: "2026-11-22T14:30:45.123+01:00",
      },
    });
    expect(created.status()).toBe(201);
    const breachId = ((await created.json()) as { id: string }).id;
    const detailPath = `${api}/relationships/${relationshipId}`;
    const storedBreach = async () =>
      relationshipDetailSchema
        .parse(await (await page.request.get(detailPath)).json())
        .breaches.find((breach) => breach.id === breachId)!;
    const before = await storedBreach();
    const history = async () =>
      historyResponseSchema.parse(await (await page.request.get(`${api}/history/breach/${breachId}`)).json()).items;
    expect(await history()).toHaveLength(1);

    await page.goto(`${baseUrl}/organisaties/${organisationId}/register/${relationshipId}`);
    const record = page.locator(`[id="record-${breachId}"]`);
    await record.waitFor();

    // Saved without a change: nothing is sent, and the user is told so.
    await record.getByRole("button", { name: /^Wijzigen: / }).click();
    await record.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("U hebt niets gewijzigd; er is niets opgeslagen.").waitFor();
    expect(await history()).toHaveLength(1);

    // One field changed: only that field is sent and recorded; the moments stay to the millisecond.
    await record.getByRole("button", { name: /^Wijzigen: / }).click();
    await record.getByLabel(/^Wat is er gebeurd/).fill(`${description}, met salarisgegevens`);
    await record.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText("De wijziging is opgeslagen.").waitFor();
    const after = await storedBreach();
    expect(after.description).toBe(`${description}, met salarisgegevens`);
    expect({
      occurredAt: after.occurredAt,
      processorAwareAt: after.processorAwareAt,
      controllerAwareAt: after.controllerAwareAt,
      authorityDeadlineAt: after.authorityDeadlineAt,
    }).toEqual({
      occurredAt: before.occurredAt,
      processorAwareAt: before.processorAwareAt,
      controllerAwareAt: before.controllerAwareAt,
      authorityDeadlineAt: before.authorityDeadlineAt,
    });
    const events = await history();
    expect(events).toHaveLength(2);
    const update = events.find((event) => event.action === "updated");
    expect(Object.keys(update?.changes ?? {})).toEqual(["description"]);
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
