import {
  authoredVersionDetailSchema,
  counterpartyListResponseSchema,
  csrfHeaderName,
  csrfResponseSchema,
  relationshipDetailSchema,
} from "@art28/contract";
import fs from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { accessibilityViolations } from "./browser.ts";
import { browserSuiteSkipReason, useBrowserSuite } from "./web-server.ts";

const municipalityName = "Gemeente Voorbeeld";
const supplierName = "Salarisdienst Noord B.V.";
// The demo relationship of the municipality with the supplier, complete in the register.
const relationshipName = "Salarisadministratie en loonstroken";

/** Logs in and returns the id of the organisation the user lands in. */
async function logIn(page: Page, baseUrl: string, email: string, organisationName: string): Promise<string> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(demoPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { level: 1, name: organisationName }).waitFor();
  const organisationId = /\/organisaties\/([^/?#]+)/.exec(page.url())?.[1];
  expect(organisationId).toBeDefined();
  return organisationId!;
}

function navigation(page: Page) {
  return page.getByRole("navigation", { name: "Hoofdnavigatie" });
}

/** The version as the API gives it to this page's user. */
async function versionDetail(page: Page, baseUrl: string, organisationId: string, versionId: string) {
  const response = await page.request.get(
    `${baseUrl}/api/organisations/${organisationId}/authored-agreements/${versionId}`,
  );
  expect(response.status()).toBe(200);
  return authoredVersionDetailSchema.parse(await response.json());
}

/** Clicks a download link and returns the downloaded file's name and bytes. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: fs.readFileSync(path) };
}

/** The SHA-256 shown on the page for the document to sign. */
async function shownHash(page: Page): Promise<string> {
  const hash = page.locator("#signing-document-hash");
  await hash.waitFor();
  return ((await hash.textContent()) ?? "").trim();
}

describe.skipIf(browserSuiteSkipReason)("authoring an agreement in Chromium", () => {
  const suite = useBrowserSuite();

  it(
    "generates an agreement for a demo counterparty, negotiates a clause, renders and signs it with two organisations",
    { timeout: 240_000 },
    async () => {
      const baseUrl = suite.baseUrl();
      const municipality = await suite.newPage();
      const supplier = await suite.newPage();
      const municipalityId = await logIn(municipality, baseUrl, "privacy@gemeente-voorbeeld.example", municipalityName);
      const supplierId = await logIn(supplier, baseUrl, "privacy@salarisdienst-noord.example", supplierName);

      // The standard agreement the municipality starts from: its association's model.
      await navigation(municipality).getByRole("link", { name: "Modelovereenkomst" }).click();
      await municipality.getByRole("heading", { level: 1, name: "Modelovereenkomst" }).waitFor();
      await municipality.getByText("Uw organisatie gaat uit van het model van uw vereniging.").waitFor();
      await municipality.getByText(/^Model Voorbeeldgemeenten, versie 1/).waitFor();
      await municipality.getByRole("heading", { level: 2, name: "Eigen versie publiceren" }).waitFor();
      expect(await accessibilityViolations(municipality)).toEqual([]);

      // From the register relationship to the generation form.
      await municipality.goto(
        `${baseUrl}/organisaties/${municipalityId}/register?zoek=${encodeURIComponent(relationshipName)}`,
      );
      await municipality.getByRole("link", { name: relationshipName, exact: true }).click();
      await municipality.getByRole("heading", { level: 1, name: relationshipName }).waitFor();
      const relationshipId = /\/register\/([^/?#]+)/.exec(municipality.url())?.[1];
      expect(relationshipId).toBeDefined();
      await municipality.getByRole("link", { name: "Verwerkersovereenkomst opstellen" }).click();
      await municipality.getByRole("heading", { level: 1, name: "Verwerkersovereenkomst opstellen" }).waitFor();
      const generateButton = municipality.getByRole("button", { name: "Overeenkomst opstellen" });
      await generateButton.waitFor();

      // The register keeps no addresses: they are added for this agreement only.
      for (const [label, value] of [
        ["Adres van de verwerkingsverantwoordelijke", "Raadhuisplein 1, 1234 AB Voorbeeld"],
        ["Adres van de verwerker", "Loonweg 12, 9712 AB Groningen"],
      ] as const) {
        const field = municipality.getByRole("textbox", { name: new RegExp(`^${label}( \\(niet verplicht\\))?$`) });
        if ((await field.inputValue()).trim() === "") await field.fill(value);
      }
      await municipality.getByLabel("Leverancier op Art28").selectOption({ label: supplierName });
      expect(await municipality.getByText("Nog niet compleet").count()).toBe(0);
      expect(await generateButton.isEnabled()).toBe(true);
      expect(await accessibilityViolations(municipality)).toEqual([]);
      await generateButton.click();

      await municipality.waitForURL(/\/overeenkomsten\/[^/?#]+$/);
      const versionId = /\/overeenkomsten\/([^/?#]+)$/.exec(municipality.url())![1]!;
      await municipality.getByRole("heading", { level: 1 }).waitFor();
      await municipality.getByText("In onderhandeling").first().waitFor();
      await municipality.getByRole("heading", { level: 2, name: "De overeenkomst" }).waitFor();
      expect(await accessibilityViolations(municipality)).toEqual([]);

      // The supplier finds the agreement among its own agreements, as the processor side.
      await navigation(supplier).getByRole("link", { name: "Overeenkomsten" }).click();
      await supplier.getByRole("heading", { level: 1, name: "Overeenkomsten" }).waitFor();
      const row = supplier
        .getByRole("table", { name: "Verwerkersovereenkomsten" })
        .getByRole("row")
        .filter({ hasText: municipalityName });
      await row.first().waitFor();
      expect(await row.first().textContent()).toContain("Verwerker");
      await row.first().getByRole("link").click();
      await supplier.waitForURL(new RegExp(`/organisaties/${supplierId}/overeenkomsten/${versionId}$`));

      // The supplier proposes a lower liability cap, with a reason.
      const detail = await versionDetail(supplier, baseUrl, supplierId, versionId);
      const liability = detail.clauses.find((clause) => /aansprakelijk/i.test(clause.articleTitle));
      expect(liability, "the agreement has a liability article").toBeDefined();
      const clause = supplier.locator(`[id="clause-${liability!.clauseId}"]`);
      await supplier.getByRole("button", { name: `Afwijking voorstellen bij bepaling ${liability!.number}` }).click();
      const proposedText = `${liability!.currentText} Voor schade door uitval van de salarisapplicatie geldt een grens van € 250.000 per jaar.`;
      await clause.getByLabel("Voorgestelde tekst").fill(proposedText);
      await clause.getByLabel("Reden").fill("Onze verzekering dekt uitval van de applicatie tot € 250.000 per jaar.");
      await clause.getByRole("button", { name: "Voorstel versturen" }).click();
      await supplier.getByText(`Uw voorstel bij bepaling ${liability!.number} is verstuurd.`).waitFor();
      await clause.getByText(`Voorstel van ${supplierName}`).waitFor();
      await clause.getByText("Open", { exact: true }).waitFor();
      await supplier.getByRole("button", { name: `Intrekken bij bepaling ${liability!.number}` }).waitFor();
      expect(await accessibilityViolations(supplier)).toEqual([]);

      // Deleting the audit clause is flagged as weakening the audit requirement; the supplier withdraws it.
      const auditClause = supplier.locator(`[id="clause-audits.right-to-audit"]`);
      const auditNumber = detail.clauses.find((entry) => entry.clauseId === "audits.right-to-audit")!.number;
      await supplier.getByRole("button", { name: `Afwijking voorstellen bij bepaling ${auditNumber}` }).click();
      await auditClause.getByLabel("Voorgestelde tekst").fill("");
      await auditClause.getByLabel("Reden").fill("Wij laten ons elk jaar certificeren.");
      await auditClause.getByRole("button", { name: "Voorstel versturen" }).click();
      await auditClause.getByText("Dit voorstel verzwakt verplichte onderdelen van artikel 28 AVG:").waitFor();
      await auditClause
        .getByRole("listitem")
        .filter({ hasText: /^Audits en inspecties$/ })
        .waitFor();
      await auditClause.getByText("De bepaling vervalt.").waitFor();
      expect(await accessibilityViolations(supplier)).toEqual([]);
      await supplier.getByRole("button", { name: `Intrekken bij bepaling ${auditNumber}` }).click();
      await supplier.getByText(`U hebt uw voorstel bij bepaling ${auditNumber} ingetrokken.`).waitFor();
      await auditClause.getByText("Ingetrokken", { exact: true }).waitFor();

      // The municipality sees the proposal side by side with the current text, and accepts it.
      await municipality.reload();
      const municipalityClause = municipality.locator(`[id="clause-${liability!.clauseId}"]`);
      await municipalityClause.getByText("Voorgestelde tekst").waitFor();
      await municipality.getByRole("button", { name: `Accepteren bij bepaling ${liability!.number}` }).click();
      await municipality.getByText(`U hebt het voorstel bij bepaling ${liability!.number} geaccepteerd.`).waitFor();
      await municipalityClause.getByText("Geaccepteerd", { exact: true }).waitFor();
      await municipalityClause.getByText("(wijkt af van de standaard)").waitFor();
      const accepted = await versionDetail(municipality, baseUrl, municipalityId, versionId);
      expect(accepted.clauses.find((entry) => entry.clauseId === liability!.clauseId)?.currentText).toBe(proposedText);
      expect(accepted.openDeviations).toBe(0);

      // Downloads: a PDF and a Word file, both with content.
      const pdf = await download(municipality, "Overeenkomst als PDF, Nederlands");
      expect(pdf.name).toMatch(/\.pdf$/);
      expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.bytes.length).toBeGreaterThan(1000);
      const docx = await download(municipality, "Overeenkomst als Word (DOCX), Nederlands");
      expect(docx.name).toMatch(/\.docx$/);
      expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(docx.bytes.length).toBeGreaterThan(1000);

      // The municipality prepares signing; both sides see the same document fingerprint and sign.
      await municipality.getByRole("button", { name: "Gereedmaken voor ondertekening" }).click();
      await municipality.getByText("De overeenkomst is gereedgemaakt voor ondertekening.").waitFor();
      await municipality.getByText("Ter ondertekening").first().waitFor();
      const municipalityHash = await shownHash(municipality);
      expect(municipalityHash).toMatch(/^[0-9a-f]{64}$/);
      const prepared = await versionDetail(municipality, baseUrl, municipalityId, versionId);
      expect(prepared.signingDocumentSha256).toBe(municipalityHash);

      expect(await municipality.getByRole("textbox", { name: "Naam", exact: true }).inputValue()).toBe("Priya Privacy");
      await municipality
        .getByRole("textbox", { name: "Functie", exact: true })
        .fill("Functionaris gegevensbescherming");
      await municipality
        .getByRole("checkbox", { name: "Ik heb dit document gelezen en ben bevoegd te tekenen" })
        .check();
      await municipality.getByRole("button", { name: "Ondertekenen", exact: true }).click();
      await municipality.getByText("U hebt de overeenkomst ondertekend.").waitFor();
      await municipality.getByText(/^Uw organisatie heeft getekend\./).waitFor();

      await supplier.reload();
      await supplier.getByText("Ter ondertekening").first().waitFor();
      expect(await shownHash(supplier)).toBe(municipalityHash);
      await supplier.getByRole("textbox", { name: "Functie", exact: true }).fill("Directeur");
      await supplier.getByRole("checkbox", { name: "Ik heb dit document gelezen en ben bevoegd te tekenen" }).check();
      await supplier.getByRole("button", { name: "Ondertekenen", exact: true }).click();
      await supplier.getByText("Ondertekend door beide partijen").waitFor();
      await supplier.getByText("Ondertekend", { exact: true }).first().waitFor();
      expect(await shownHash(supplier)).toBe(municipalityHash);
      expect(await accessibilityViolations(supplier)).toEqual([]);

      await municipality.reload();
      await municipality.getByText("Ondertekend door beide partijen").waitFor();
      const signatures = municipality.getByRole("table", { name: "Handtekeningen" }).getByRole("row");
      expect(await signatures.count()).toBe(3);
      expect(await signatures.filter({ hasText: "Priya Privacy" }).textContent()).toContain(municipalityHash);
      expect(await signatures.filter({ hasText: "Directeur" }).textContent()).toContain(municipalityHash);
      expect(await accessibilityViolations(municipality)).toEqual([]);
      const signed = await versionDetail(municipality, baseUrl, municipalityId, versionId);
      expect(signed.status).toBe("signed");
      expect(signed.signatures.map((signature) => signature.documentSha256)).toEqual([
        municipalityHash,
        municipalityHash,
      ]);

      // The register shows the agreement as signed.
      await municipality.goto(`${baseUrl}/organisaties/${municipalityId}/register/${relationshipId}`);
      await municipality.getByRole("heading", { level: 1, name: relationshipName }).waitFor();
      const agreementsSection = municipality.locator("section", {
        has: municipality.getByRole("heading", { level: 2, name: "Overeenkomsten", exact: true }),
      });
      await agreementsSection.getByText("Status: Ondertekend", { exact: true }).first().waitFor();
      const relationship = relationshipDetailSchema.parse(
        await (
          await municipality.request.get(
            `${baseUrl}/api/organisations/${municipalityId}/relationships/${relationshipId}`,
          )
        ).json(),
      );
      expect(relationship.agreements.find((agreement) => agreement.id === signed.agreementId)?.status).toBe("signed");

      await municipality.context().close();
      await supplier.context().close();
    },
  );

  it(
    "names what the register lacks before generating, and lets the association publish the model its members start from",
    { timeout: 120_000 },
    async () => {
      const baseUrl = suite.baseUrl();
      const municipality = await suite.newPage();
      const municipalityId = await logIn(municipality, baseUrl, "privacy@gemeente-voorbeeld.example", municipalityName);

      // A relationship without a specification or security measures in the register.
      const api = `${baseUrl}/api/organisations/${municipalityId}`;
      const counterparties = counterpartyListResponseSchema.parse(
        await (await municipality.request.get(`${api}/counterparties`)).json(),
      );
      const counterparty = counterparties.items.find((item) => item.name === "Webhaven Hosting B.V.");
      expect(counterparty).toBeDefined();
      const { token } = csrfResponseSchema.parse(await (await municipality.request.get(`${baseUrl}/api/csrf`)).json());
      const created = await municipality.request.post(`${api}/relationships`, {
        headers: { [csrfHeaderName]: token },
        data: { counterpartyId: counterparty!.id, name: "Website van de gemeente (e2e)" },
      });
      expect(created.status()).toBe(201);
      const relationshipId = ((await created.json()) as { id: string }).id;

      await municipality.goto(
        `${baseUrl}/organisaties/${municipalityId}/register/${relationshipId}/overeenkomst-opstellen`,
      );
      await municipality.getByRole("heading", { level: 2, name: "Nog niet compleet" }).waitFor();
      const missing = municipality.locator("#generation-missing");
      expect(await missing.textContent()).toContain("Doeleinden van de verwerking (bijlage 1)");
      expect(await missing.textContent()).toContain("Beveiligingsmaatregelen (bijlage 2)");
      await missing.getByRole("link", { name: "leg de beveiligingsmaatregelen vast in het register" }).waitFor();
      const generateButton = municipality.getByRole("button", { name: "Overeenkomst opstellen" });
      expect(await generateButton.getAttribute("aria-disabled")).toBe("true");
      await municipality
        .getByText(/^Er ontbreken nog \d+ gegevens; daarom kunt u de overeenkomst nog niet opstellen\.$/)
        .waitFor();
      expect(await accessibilityViolations(municipality)).toEqual([]);
      await missing
        .getByRole("link", { name: "vul de specificatie van de verwerking aan in het register" })
        .first()
        .click();
      await municipality.getByRole("heading", { level: 1, name: "Website van de gemeente (e2e)" }).waitFor();

      // The association publishes a new version of its model; a wrong breach period is refused first.
      const association = await suite.newPage();
      await logIn(association, baseUrl, "standaard@voorbeeldgemeenten.example", "Vereniging van Voorbeeldgemeenten");
      await navigation(association).getByRole("link", { name: "Modelovereenkomst" }).click();
      await association.getByRole("heading", { level: 2, name: "Eigen versie publiceren" }).waitFor();
      await association.getByLabel("Naam van de versie").fill("Model Voorbeeldgemeenten 2027");
      await association
        .getByLabel("Wat is er anders?")
        .fill("Datalekken binnen 12 uur melden; de slotbepaling in eigen woorden.");
      const breachHours = association.getByLabel("Termijn voor het melden van een datalek, in uren (ten hoogste 72)");
      await breachHours.fill("96");
      await association.getByLabel("Bepaling", { exact: true }).selectOption({ index: 1 });
      await association.getByRole("button", { name: "Bepaling herformuleren" }).click();
      const dutchText = association.getByLabel(/^Nederlandse tekst van bepaling/);
      await dutchText.fill(`${await dutchText.inputValue()} Partijen spreken dit uitdrukkelijk af.`);
      await association.getByRole("button", { name: "Versie publiceren" }).click();
      await association.getByRole("heading", { name: "Controleer de volgende punten" }).waitFor();
      await association
        .getByRole("link", {
          name: /^Termijn voor het melden van een datalek.*: Kies een termijn van 1 tot en met 72 uur/,
        })
        .waitFor();
      expect(await breachHours.getAttribute("aria-invalid")).toBe("true");
      expect(await accessibilityViolations(association)).toEqual([]);
      await breachHours.fill("12");
      await association.getByRole("button", { name: "Versie publiceren" }).click();
      await association.getByText("Versie 2 van ‘Model Voorbeeldgemeenten 2027’ is gepubliceerd.").waitFor();
      const ownVersions = association.getByRole("table", { name: "Gepubliceerde eigen versies" });
      await ownVersions.getByRole("cell", { name: "Model Voorbeeldgemeenten 2027" }).waitFor();

      // The member now starts from the new version, with its shorter breach period.
      await navigation(municipality).getByRole("link", { name: "Modelovereenkomst" }).click();
      await municipality.getByText(/^Model Voorbeeldgemeenten 2027, versie 2/).waitFor();
      await municipality.getByText("12 uur", { exact: true }).waitFor();
      await municipality.getByText("(aangepast in dit model)").first().waitFor();

      await municipality.context().close();
      await association.context().close();
    },
  );
});
