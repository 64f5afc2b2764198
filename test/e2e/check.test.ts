import { checkUploadMaxBytes } from "@art28/contract";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "./browser.ts";
import { browserSuiteSkipReason, type BrowserSuite, useBrowserSuite } from "./web-server.ts";

const docxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A short Dutch processor agreement, written for this test. It lets the processor use the data
 * for its own product improvement (a conflict with Art. 28(3)(a)) and says nothing about DPIAs.
 */
const agreement: ReadonlyArray<{ heading: string; clauses: readonly string[] }> = [
  {
    heading: "Verwerkersovereenkomst Parkeervergunningen",
    clauses: [
      "De gemeente Zonnedal, hierna: Verwerkingsverantwoordelijke, en Tegelpad Software B.V., hierna: Verwerker, sluiten deze verwerkersovereenkomst.",
    ],
  },
  {
    heading: "Artikel 1 Onderwerp en duur",
    clauses: [
      "1.1 Deze overeenkomst gaat over de verwerking van persoonsgegevens door Verwerker bij het leveren van de applicatie voor parkeervergunningen.",
      "1.2 Deze overeenkomst loopt zolang de hoofdovereenkomst loopt.",
    ],
  },
  {
    heading: "Artikel 2 Aard, doel, gegevens en betrokkenen",
    clauses: [
      "2.1 Verwerker slaat aanvragen op en handelt ze af, met als doel het verlenen van parkeervergunningen aan inwoners.",
      "2.2 Het gaat om namen, adressen, kentekens en e-mailadressen van inwoners en hun bezoekers.",
    ],
  },
  {
    heading: "Artikel 3 Instructies",
    clauses: [
      "3.1 Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke.",
      "3.2 Verwerker mag de persoonsgegevens daarnaast gebruiken voor eigen doeleinden, zoals het verbeteren van haar producten.",
      "3.3 Verwerker informeert Verwerkingsverantwoordelijke onmiddellijk als een instructie naar zijn oordeel in strijd is met de AVG.",
    ],
  },
  {
    heading: "Artikel 4 Geheimhouding en beveiliging",
    clauses: [
      "4.1 Verwerker zorgt dat iedereen die bij Verwerker toegang heeft tot de persoonsgegevens tot geheimhouding verplicht is.",
      "4.2 Verwerker neemt passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen, zoals bedoeld in artikel 32 AVG.",
    ],
  },
  {
    heading: "Artikel 5 Subverwerkers",
    clauses: [
      "5.1 Verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van Verwerkingsverantwoordelijke.",
      "5.2 Verwerker legt iedere subverwerker dezelfde verplichtingen op als in deze overeenkomst staan.",
    ],
  },
  {
    heading: "Artikel 6 Datalekken",
    clauses: [
      "6.1 Verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging, en uiterlijk binnen 24 uur na ontdekking, aan Verwerkingsverantwoordelijke.",
    ],
  },
  {
    heading: "Artikel 7 Rechten van betrokkenen",
    clauses: [
      "7.1 Verwerker helpt Verwerkingsverantwoordelijke bij het beantwoorden van verzoeken van betrokkenen om inzage, correctie of verwijdering.",
    ],
  },
  {
    heading: "Artikel 8 Audits",
    clauses: [
      "8.1 Verwerker stelt alle informatie beschikbaar die nodig is om aan te tonen dat hij zijn verplichtingen nakomt.",
      "8.2 Verwerkingsverantwoordelijke mag audits en inspecties laten uitvoeren, en Verwerker werkt daaraan mee.",
    ],
  },
  {
    heading: "Artikel 9 Einde",
    clauses: [
      "9.1 Na afloop van de overeenkomst verwijdert Verwerker alle persoonsgegevens of geeft hij ze terug, naar keuze van Verwerkingsverantwoordelijke.",
    ],
  },
];

async function agreementDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: agreement.flatMap(({ heading, clauses }, index) => [
          new Paragraph({ text: heading, heading: index === 0 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1 }),
          ...clauses.map((clause) => new Paragraph({ text: clause })),
        ]),
      },
    ],
  });
  return Packer.toBuffer(document);
}

async function openCheckPage(suite: BrowserSuite): Promise<Page> {
  // Reduced motion: the jump to the evidence scrolls at once instead of smoothly.
  const page = await suite.newPage({ reducedMotion: "reduce" });
  await page.goto(`${suite.baseUrl()}/toets`);
  await page.getByRole("heading", { level: 1, name: "Toets een verwerkersovereenkomst" }).waitFor();
  return page;
}

describe.skipIf(browserSuiteSkipReason)("checking an agreement through Chromium, without an account", () => {
  const suite = useBrowserSuite();
  let docx: Buffer;

  beforeAll(async () => {
    docx = await agreementDocx();
  });

  it("lists the conflict first with its evidence, shows what is missing and jumps to the marked sentence", async () => {
    const page = await openCheckPage(suite);
    const navigation = page.getByRole("navigation", { name: "Hoofdnavigatie" });
    await expect(navigation.getByRole("link", { name: "Toets een verwerkersovereenkomst" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole("link", { name: "Inloggen" }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByText("Uw document wordt niet bewaard: het wordt gelezen, getoetst en daarna vergeten.").isVisible(),
    ).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByLabel("Document")
      .setInputFiles({ name: "verwerkersovereenkomst-parkeren.docx", mimeType: docxMediaType, buffer: docx });
    await page.getByRole("button", { name: "Toetsen" }).click();
    const resultHeading = page.getByRole("heading", { level: 1, name: "Toetsresultaat" });
    await resultHeading.waitFor();
    // Focus moves to the result, so screen-reader users hear it at once.
    expect(await page.locator("h1:focus").textContent()).toBe("Toetsresultaat");

    await page.getByRole("heading", { level: 2, name: "Voldoet niet aan artikel 28 AVG" }).waitFor();
    await expect(
      page.getByRole("heading", { name: "Dit document lijkt geen verwerkersovereenkomst" }).count(),
    ).resolves.toBe(0);

    // Conflicts come first: the first finding on the page is the own-purposes clause.
    const findings = page.getByRole("region", { name: "Bevindingen per onderdeel" });
    const firstGroup = findings.getByRole("heading", { level: 3 }).first();
    expect(await firstGroup.textContent()).toMatch(/^In strijd met de AVG \(\d+\)$/);
    const conflictGroup = page.getByRole("region", { name: /^In strijd met de AVG/ });
    const instructions = conflictGroup.getByRole("article", { name: "Alleen op gedocumenteerde instructies" });
    expect(await findings.getByRole("article").first().getAttribute("id")).toBe("finding-instructions");
    await expect(instructions.getByText("In strijd met de AVG", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(instructions.getByText("Strijdige bepaling: Gebruik voor eigen doeleinden").isVisible()).resolves.toBe(
      true,
    );
    const conflictQuote = instructions.locator("blockquote", {
      hasText: "gebruiken voor eigen doeleinden, zoals het verbeteren van haar producten",
    });
    await expect(conflictQuote.isVisible()).resolves.toBe(true);

    // A mandatory element the agreement lacks is listed as missing.
    const missingGroup = page.getByRole("region", { name: /^Verplicht, maar ontbreekt/ });
    const dpia = missingGroup.getByRole("article", { name: "Hulp bij DPIA en voorafgaande raadpleging" });
    await expect(dpia.getByText("Ontbreekt", { exact: true }).isVisible()).resolves.toBe(true);

    // The evidence link moves focus to the marked sentence in the document text.
    await instructions
      .getByRole("link", { name: /^Toon in de documenttekst/ })
      .first()
      .click();
    const documentText = page.getByRole("region", { name: "Documenttekst" });
    const focusedMark = documentText.locator("mark:focus");
    await expect(focusedMark.count()).resolves.toBe(1);
    expect(await focusedMark.getAttribute("class")).toContain("art28-mark--conflict");
    expect(await focusedMark.textContent()).toContain(
      "gebruiken voor eigen doeleinden, zoals het verbeteren van haar producten",
    );
    const box = await focusedMark.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);

    // And back from the document text to the finding.
    const conflictParagraph = documentText.locator("p", { has: page.locator("mark.art28-mark--conflict") });
    await conflictParagraph.getByRole("link", { name: "Alleen op gedocumenteerde instructies" }).click();
    expect(await page.locator("article:focus").getAttribute("id")).toBe("finding-instructions");

    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Nieuwe toets" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Toets een verwerkersovereenkomst" }).waitFor();
    await page.context().close();
  });

  it("refuses a file above the limit without sending it, explains an unreadable one and stays usable", async () => {
    const page = await openCheckPage(suite);
    const checkRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/check")) checkRequests.push(request.method());
    });

    await page.getByLabel("Document").setInputFiles({
      name: "te-groot.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(checkUploadMaxBytes + 1, 0x20),
    });
    await page.getByText("Dit bestand is groter dan 20 MB").waitFor();
    await page.getByRole("button", { name: "Toetsen" }).click();
    await expect(page.locator("#check-file:focus").count()).resolves.toBe(1);
    expect(checkRequests).toEqual([]);

    // Not a Word document at all, only named like one.
    await page.getByLabel("Document").setInputFiles({
      name: "kapot.docx",
      mimeType: docxMediaType,
      buffer: Buffer.from("Dit is geen Word-bestand maar platte tekst met een verkeerde naam.", "utf8"),
    });
    await page.getByRole("button", { name: "Toetsen" }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("Dit document kan niet worden gelezen.", { exact: false }).waitFor();
    await expect(alert.getByText("Toetsen is niet gelukt").isVisible()).resolves.toBe(true);
    expect(checkRequests).toEqual(["POST"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The form still works: the next file is checked as usual.
    await page
      .getByLabel("Document")
      .setInputFiles({ name: "verwerkersovereenkomst.docx", mimeType: docxMediaType, buffer: docx });
    await expect(alert.count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Toetsen" }).click();
    await page.getByRole("heading", { level: 1, name: "Toetsresultaat" }).waitFor();
    await page.context().close();
  });
});
