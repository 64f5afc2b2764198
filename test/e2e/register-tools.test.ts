import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import {
  counterpartyListResponseSchema,
  notificationListResponseSchema,
  relationshipListResponseSchema,
} from "@art28/contract";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { buildHttpServer } from "../../packages/server/src/http/server.ts";
import { engines, startTestServer, type TestServer } from "../../packages/server/test/support/test-application.ts";
import { accessibilityViolations, launchChromium } from "./browser.ts";
import { browserSuiteSkipReason } from "./web-server.ts";

const webDistDirectory = fileURLToPath(new URL("../../packages/web/dist", import.meta.url));
// An agreement we wrote ourselves that passes the check (see packages/server/test/fixtures).
const completeAgreement = fileURLToPath(
  new URL("../../packages/server/test/fixtures/verwerkersovereenkomst-volledig.md", import.meta.url),
);

// Names no demo counterparty has, so the test can tell its own rows apart.
const importedName = (index: number) => `Importtest Leverancier ${index}`;

/**
 * A counterparty list as a Dutch Excel writes CSV: `;` separated, with a BOM. Ten parties; the
 * fourth has an unknown country code and the eighth a KvK number of seven digits. With the
 * header as row 1, those are spreadsheet rows 5 and 9.
 */
function counterpartyCsv(): Buffer {
  const rows = ["Naam;KvK-nummer;Land;Contactpersoon;E-mail;Categorie"];
  for (let index = 1; index <= 10; index++) {
    const kvkNumber = index === 8 ? "1234567" : String(70_000_000 + index);
    const country = index === 4 ? "XX" : "NL";
    rows.push(
      `${importedName(index)};${kvkNumber};${country};Contact ${index};contact${index}@leverancier.example;Cloudhosting`,
    );
  }
  return Buffer.from(`\uFEFF${rows.join("\r\n")}\r\n`, "utf8");
}

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

async function counterpartyNames(page: Page, baseUrl: string, organisationId: string): Promise<string[]> {
  const response = await page.request.get(`${baseUrl}/api/organisations/${organisationId}/counterparties`);
  expect(response.status()).toBe(200);
  return counterpartyListResponseSchema.parse(await response.json()).items.map((item) => item.name);
}

describe.skipIf(browserSuiteSkipReason)("the register's tool screens in Chromium", () => {
  // Its own server rather than the shared suite's, so the test can run the reminder sweep.
  let server: TestServer | undefined;
  let http: Awaited<ReturnType<typeof buildHttpServer>> | undefined;
  let browser: Browser | undefined;
  let baseUrl = "";

  beforeAll(async () => {
    expect(fs.existsSync(`${webDistDirectory}/index.html`)).toBe(true);
    server = await startTestServer(engines[0]!);
    http = await buildHttpServer(server.application, { logger: false, webDistDirectory });
    await http.listen({ port: 0, host: "127.0.0.1" });
    baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await http?.close();
    await server?.close();
  });

  const newPage = async () => (await browser!.newContext()).newPage();

  it("imports a counterparty list through mapping and dry run, skipping the two bad rows only when asked", async () => {
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);

    await page.getByRole("link", { name: "Partijen of getekende overeenkomsten importeren" }).click();
    await page.getByRole("heading", { level: 1, name: "Partijen importeren" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Kies het bestand" }).waitFor();
    // The size limit is told before a file is chosen.
    await page.getByText(/hoogstens 5 MB/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A file the import cannot read is refused at once, in words.
    await page.getByLabel("Bestand met partijen").setInputFiles({
      name: "partijen.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4"),
    });
    await page.getByText(/Dit soort bestand kan Art28 niet importeren/).waitFor();

    await page.getByLabel("Bestand met partijen").setInputFiles({
      name: "partijen.csv",
      mimeType: "text/csv",
      buffer: counterpartyCsv(),
    });
    await page.getByRole("button", { name: "Bestand lezen" }).click();

    // Step 2: the suggested mapping, for confirmation.
    await page.getByRole("heading", { level: 2, name: "Controleer welke kolom waarvoor is" }).waitFor();
    expect(await page.locator("[aria-current='step']").textContent()).toContain("Kolommen koppelen");
    const nameSelect = page.getByLabel("Naam (verplicht)", { exact: true });
    expect(await nameSelect.locator("option:checked").textContent()).toBe("Kolom A: Naam");
    expect(await page.getByLabel("Land (verplicht)", { exact: true }).locator("option:checked").textContent()).toBe(
      "Kolom C: Land",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Rijen controleren" }).click();

    // Step 3: the dry run names exactly the two bad rows, and nothing is written yet.
    await page.getByRole("heading", { level: 2, name: "Controle van de rijen" }).waitFor();
    await page.getByText("8 rijen geldig, 2 rijen met fouten").waitFor();
    const errorTable = page.getByRole("table", { name: "Rijen met fouten" });
    const rowHeaders = await errorTable.getByRole("rowheader").allTextContents();
    expect(rowHeaders).toEqual(["Rij 5", "Rij 9"]);
    expect(await errorTable.getByRole("row").filter({ hasText: "Rij 5" }).textContent()).toContain("XX");
    expect(await errorTable.getByRole("row").filter({ hasText: "Rij 9" }).textContent()).toContain("1234567");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(
      (await counterpartyNames(page, baseUrl, organisationId)).filter((name) => name.startsWith("Importtest")),
    ).toEqual([]);

    // The explicit choice: import the valid rows and skip the two bad ones.
    await page.getByRole("button", { name: "Importeer 8 geldige rijen en sla 2 over" }).click();
    await page.getByRole("heading", { level: 2, name: "Import klaar" }).waitFor();
    await page.getByText("8 partijen uit partijen.csv zijn toegevoegd.").waitFor();
    await page.getByText("2 rijen met fouten zijn overgeslagen: rij 5 en 9.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Naar de partijen" }).click();
    await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
    await page.getByRole("rowheader", { name: importedName(1), exact: true }).waitFor();
    const listed = await page.getByRole("rowheader", { name: /^Importtest Leverancier/ }).allTextContents();
    expect(listed.sort()).toEqual([1, 2, 3, 5, 6, 7, 9, 10].map(importedName).sort());
    await page.context().close();
  });

  it("edits a counterparty: an unknown country code is explained in Dutch, the corrected one is saved", async () => {
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);
    const names = await counterpartyNames(page, baseUrl, organisationId);
    const name = names.find((candidate) => candidate === "Salarisdienst Noord B.V.") ?? names[0]!;

    await page.getByRole("link", { name: `${name} bewerken` }).click();
    await page.getByRole("heading", { level: 1, name: `${name} bewerken` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Land (verplicht)").fill("XX");
    await page.getByLabel("KvK-nummer").fill("1234");
    await page.getByRole("button", { name: "Opslaan" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "De gegevens zijn nog niet opgeslagen" });
    await summary.waitFor();
    const countryMessage =
      "Onbekende landcode ‘XX’. Gebruik een landcode van twee letters, zoals NL of DE, of de naam van het land.";
    // The summary links to the field, and the same message stands at the field.
    await summary.getByRole("link", { name: countryMessage }).click();
    expect(await page.locator(":focus").getAttribute("id")).toBe("counterparty-country");
    expect(await page.getByLabel("Land (verplicht)").getAttribute("aria-invalid")).toBe("true");
    await summary.getByRole("link", { name: /KvK-nummer heeft 8 cijfers/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // Nothing was sent, so nothing changed.
    const before = await page.request.get(`${baseUrl}/api/organisations/${organisationId}/counterparties`);
    const stored = counterpartyListResponseSchema.parse(await before.json()).items.find((item) => item.name === name);
    expect(stored?.country).toBe("NL");

    await page.getByLabel("Land (verplicht)").fill("Duitsland");
    await page.getByText("Herkend: Duitsland (DE)").waitFor();
    await page.getByLabel("KvK-nummer").fill(stored!.kvkNumber ?? "");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByText(`De gegevens van ${name} zijn opgeslagen.`).waitFor();
    expect(await page.getByLabel("Land (verplicht)").inputValue()).toBe("DE");
    const after = await page.request.get(
      `${baseUrl}/api/organisations/${stored!.organisationId}/counterparties/${stored!.id}`,
    );
    expect((await after.json()).country).toBe("DE");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("deletes a counterparty without relationships after confirmation", async () => {
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);
    const response = await page.request.get(`${baseUrl}/api/organisations/${organisationId}/counterparties`);
    const victim = counterpartyListResponseSchema
      .parse(await response.json())
      .items.find((item) => item.name === importedName(10));
    expect(victim, "the import test created it").toBeDefined();

    await page.goto(`${baseUrl}/organisaties/${organisationId}/partijen/${victim!.id}/bewerken`);
    await page.getByRole("button", { name: `${importedName(10)} verwijderen` }).click();
    await page.getByText(`Weet u zeker dat u ${importedName(10)} wilt verwijderen?`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: `Ja, ${importedName(10)} verwijderen` }).click();
    await page.getByRole("heading", { level: 1, name: "Partij verwijderd" }).waitFor();
    expect(await counterpartyNames(page, baseUrl, organisationId)).not.toContain(importedName(10));
    await page.context().close();
  });

  it("refuses to delete a counterparty the register still refers to, and says why", async () => {
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);
    const list = relationshipListResponseSchema.parse(
      await (await page.request.get(`${baseUrl}/api/organisations/${organisationId}/relationships`)).json(),
    );
    const counterparty = list.items[0]?.counterparty;
    expect(counterparty, "the demo register has relationships").toBeDefined();

    await page.goto(`${baseUrl}/organisaties/${organisationId}/partijen/${counterparty!.id}/bewerken`);
    await page.getByRole("button", { name: `${counterparty!.name} verwijderen` }).click();
    await page.getByRole("button", { name: `Ja, ${counterparty!.name} verwijderen` }).click();
    await page
      .getByText(`${counterparty!.name} is niet verwijderd: er staan nog relaties met deze partij in het register.`, {
        exact: false,
      })
      .waitFor();
    await page.getByRole("link", { name: `Relaties met ${counterparty!.name} bekijken` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await counterpartyNames(page, baseUrl, organisationId)).toContain(counterparty!.name);
    await page.context().close();
  });

  it("uploads signed agreements in bulk: matched by file name, checked, and a bad file refused on its own", async () => {
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);
    const list = relationshipListResponseSchema.parse(
      await (
        await page.request.get(`${baseUrl}/api/organisations/${organisationId}/relationships?pageSize=200`)
      ).json(),
    );
    const target = list.items[0]!;
    const other = list.items.find((item) => item.counterparty.id !== target.counterparty.id)!;
    const goodName = `Verwerkersovereenkomst ${target.counterparty.name} ${target.name} getekend.md`;
    const agreementsBefore = (
      await (await page.request.get(`${baseUrl}/api/organisations/${organisationId}/relationships/${target.id}`)).json()
    ).agreements.length as number;

    await page.goto(`${baseUrl}/organisaties/${organisationId}/importeren`);
    await page.getByRole("link", { name: "Getekende overeenkomsten toevoegen" }).click();
    await page.getByRole("heading", { level: 1, name: "Getekende overeenkomsten toevoegen" }).waitFor();
    await page.getByLabel("Getekende overeenkomsten").setInputFiles([
      { name: goodName, mimeType: "text/markdown", buffer: fs.readFileSync(completeAgreement) },
      { name: "scan-kapot.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\nniet te lezen") },
    ]);
    // The file that names its party and service is matched; the other waits for a choice.
    const goodSelect = page.getByLabel(`Relatie voor ${goodName}`);
    expect(await goodSelect.inputValue()).toBe(target.id);
    const badSelect = page.getByLabel("Relatie voor scan-kapot.pdf");
    expect(await badSelect.inputValue()).toBe("");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Toevoegen en toetsen" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Nog niet alle bestanden kunnen worden toegevoegd" });
    await summary.getByRole("link", { name: "Kies een relatie voor scan-kapot.pdf." }).click();
    expect(await page.locator(":focus").getAttribute("id")).toMatch(/^bulk-relationship-/);
    await badSelect.selectOption(other.id);
    await page.getByRole("button", { name: "Toevoegen en toetsen" }).click();

    await page.getByRole("heading", { level: 2, name: "Resultaat per bestand" }).waitFor({ timeout: 60_000 });
    await page.getByText("1 van 2 bestanden toegevoegd.").waitFor();
    const results = page.getByRole("table", { name: "Toegevoegde en geweigerde bestanden" });
    const goodRow = results.getByRole("row").filter({ has: page.getByRole("rowheader", { name: goodName }) });
    expect(await goodRow.textContent()).toContain("Toegevoegd als getekende overeenkomst.");
    expect(await goodRow.textContent()).toMatch(
      /Voldoet aan artikel 28 AVG\. (\d+) van \1 verplichte onderdelen aanwezig\./,
    );
    const badRow = results.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "scan-kapot.pdf" }) });
    expect(await badRow.textContent()).toContain("Niet toegevoegd.");
    expect(await badRow.textContent()).toContain("Dit document kan niet worden gelezen.");
    expect(await accessibilityViolations(page)).toEqual([]);

    const agreementsAfter = (
      await (await page.request.get(`${baseUrl}/api/organisations/${organisationId}/relationships/${target.id}`)).json()
    ).agreements.length as number;
    expect(agreementsAfter).toBe(agreementsBefore + 1);
    await page.context().close();
  });

  it("lists the reminders, marks one read, and shows the outbox without e-mail configured", async () => {
    await server!.application.services.reminders.sweepReminders();
    const page = await newPage();
    const organisationId = await logIn(page, baseUrl);
    const apiList = notificationListResponseSchema.parse(
      await (await page.request.get(`${baseUrl}/api/organisations/${organisationId}/notifications`)).json(),
    );
    expect(apiList.total, "the demo register has deadlines to remind of").toBeGreaterThan(0);

    // The navigation counts the unread ones, and counts again after one is marked read.
    const navigation = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await navigation.getByRole("link", { name: `Meldingen (${apiList.total} ongelezen)` }).click();
    await page.getByRole("heading", { level: 1, name: "Meldingen" }).waitFor();
    await page.getByText(apiList.total === 1 ? "1 melding." : `${apiList.total} meldingen.`).waitFor();
    const first = apiList.items[0]!;
    const firstItem = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: first.content.nl.subject }) });
    await firstItem.first().getByText("Ongelezen").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await firstItem
      .first()
      .getByRole("button", { name: `Markeer als gelezen: ${first.content.nl.subject}` })
      .click();
    await firstItem
      .first()
      .getByText(/Gelezen op /)
      .waitFor();
    await navigation.getByRole("link", { name: `Meldingen (${apiList.total - 1} ongelezen)` }).waitFor();
    const unread = notificationListResponseSchema.parse(
      await (await page.request.get(`${baseUrl}/api/organisations/${organisationId}/notifications?unread=true`)).json(),
    );
    expect(unread.items.map((item) => item.id)).not.toContain(first.id);

    // The box follows the address, which the router updates after the click: click, then wait for both.
    const unreadOnly = page.getByLabel("Alleen ongelezen meldingen");
    await unreadOnly.click();
    await page.waitForURL(/ongelezen=ja/);
    await expect.poll(() => unreadOnly.isChecked()).toBe(true);
    await page
      .getByText(unread.total === 1 ? "1 ongelezen melding." : `${unread.total} ongelezen meldingen.`)
      .waitFor();

    await page.getByRole("link", { name: "Verzendwachtrij" }).click();
    await page.getByRole("heading", { level: 1, name: "Verzendwachtrij" }).waitFor();
    await page.getByText("E-mail is niet ingesteld; meldingen staan alleen hier").waitFor();
    await page.getByRole("table", { name: "E-mails per melding" }).waitFor();
    expect(await page.getByRole("cell", { name: "Niet verstuurd (e-mail niet ingesteld)" }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it("offers each export as a download that answers with its file type", async () => {
    const page = await newPage();
    await logIn(page, baseUrl);
    await page.getByRole("link", { name: "Register exporteren" }).click();
    await page.getByRole("heading", { level: 1, name: "Register exporteren" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const expected: Array<[RegExp, string]> = [
      [/^Het hele register als Excel/, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      [/^Het hele register als CSV/, "application/zip"],
      [/^Het hele register als JSON$/, "application/json"],
      [/^Lijst van ontvangers als Excel/, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      [/^Lijst van ontvangers als CSV$/, "text/csv"],
      [/^Lijst van ontvangers als JSON$/, "application/json"],
      [/^Verwerkingsregister van de verwerker als JSON$/, "application/json"],
      [/^Data Privacy Vocabulary als JSON-LD$/, "application/ld+json"],
    ];
    // The same page in English, once.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Export the register" }).waitFor();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Register exporteren" }).waitFor();

    for (const [name, contentType] of expected) {
      const href = await page.getByRole("link", { name }).getAttribute("href");
      expect(href, String(name)).toBeTruthy();
      // The page's own cookies: the download is the logged-in user's.
      const response = await page.request.get(`${baseUrl}${href}`);
      // The body is in the message, so a failing export says why.
      expect(response.status(), `${String(name)}: ${response.ok() ? "" : await response.text()}`).toBe(200);
      expect(response.headers()["content-type"], String(name)).toContain(contentType);
      expect(response.headers()["content-disposition"], String(name)).toMatch(/^attachment/);
    }
    await page.context().close();
  });
});
