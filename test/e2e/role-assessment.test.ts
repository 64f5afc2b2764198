import { counterpartyListResponseSchema } from "@art28/contract";
import { roleOutcomeLabels, roleQuestions } from "@art28/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoPassword } from "../../packages/server/src/demo/demo-data.ts";
import { seedCases } from "../../packages/server/test/support/role-seed-cases.ts";
import { accessibilityViolations } from "./browser.ts";
import { browserSuiteSkipReason, useBrowserSuite } from "./web-server.ts";

/** Waits for question `number` of the wizard; the heading names it, e.g. "Vraag 3: Kern van de opdracht". */
async function waitForQuestion(page: Page, number: number): Promise<void> {
  await page.getByRole("heading", { level: 2, name: new RegExp(`^Vraag ${number}\\b`) }).waitFor();
}

/** Chooses an answer on the current question page and goes on. */
async function answer(page: Page, label: string): Promise<void> {
  await page.getByRole("radio", { name: label, exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
}

describe.skipIf(browserSuiteSkipReason)("the role assessment in Chromium", () => {
  const suite = useBrowserSuite();

  it("walks an anonymous visitor through the payroll case to 'Verwerker', with Back keeping the answers", async () => {
    const page = await suite.newPage();
    await page.goto(suite.baseUrl());
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Rolbepaling" }).click();
    await page.waitForURL(/\/rolbepaling$/);
    await page.getByRole("heading", { level: 1, name: "Rolbepaling" }).waitFor();
    await waitForQuestion(page, 1);
    expect(await page.getByRole("group", { name: /persoonsgegevens te maken/ }).isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Going on without an answer is refused, in words, and the error is tied to the question.
    await page.getByRole("button", { name: "Volgende" }).click();
    await page.getByText("Kies een antwoord.").waitFor();
    expect(await page.getByRole("group", { name: /persoonsgegevens te maken/ }).getAttribute("aria-describedby")).toBe(
      "role-personal_data-error",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    // The help is there, folded away.
    await page.getByText("Uitleg bij deze vraag").click();
    await page.getByRole("heading", { level: 3, name: "Bronnen" }).waitFor();
    await page.getByText("Art. 4(1) AVG/GDPR").waitFor();

    await answer(page, "Ja"); // personal_data
    await waitForQuestion(page, 2);
    await answer(page, "Nee"); // direct_authority
    await waitForQuestion(page, 3);
    await answer(page, "Ja"); // primary_service
    await waitForQuestion(page, 4);

    // Back shows the previous question with its answer still chosen.
    await page.getByRole("button", { name: "Vorige" }).click();
    await waitForQuestion(page, 3);
    expect(await page.getByRole("radio", { name: "Ja", exact: true }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Volgende" }).click();
    await waitForQuestion(page, 4);

    await answer(page, "Nee"); // legal_task
    await waitForQuestion(page, 5);
    await answer(page, "Nee"); // implicit_competence
    await waitForQuestion(page, 6);
    await answer(page, "Nee"); // own_purposes
    await waitForQuestion(page, 7);
    await answer(page, "Uw organisatie"); // purpose_by
    await waitForQuestion(page, 8);
    await answer(page, "Uw organisatie"); // essential_means_by
    await waitForQuestion(page, 9);
    await answer(page, "Ja"); // follows_instructions

    await page.getByRole("heading", { level: 1, name: "Uitkomst van de rolbepaling" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Verwerker", exact: true }).waitFor();
    await page.getByText("Verwerkersovereenkomst (art. 28 lid 3 AVG)").waitFor();
    await page.getByText("Regel 11 van beslismodel v1").waitFor();
    const main = page.getByRole("main");
    expect(
      await main.getByRole("link", { name: "Toets een verwerkersovereenkomst", exact: true }).getAttribute("href"),
    ).toBe("/toets");
    expect(await page.getByRole("link", { name: /^Wijzig het antwoord op/ }).count()).toBe(9);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The answers live in the address: a reload shows the same result.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Verwerker", exact: true }).waitFor();
    await page.context().close();
  });

  it.each(seedCases)(
    "gives $outcome for the seed case '$situation' through the wizard",
    async ({ answers, outcome }) => {
      const page = await suite.newPage();
      await page.goto(`${suite.baseUrl()}/rolbepaling`);
      const resultHeading = page.getByRole("heading", { level: 1, name: "Uitkomst van de rolbepaling" });
      // Answer whatever the wizard asks, as the case's facts say, until it shows the outcome.
      for (let step = 1; step <= roleQuestions.length; step++) {
        const questionHeading = page.getByRole("heading", { level: 2, name: new RegExp(`^Vraag ${step}\\b`) });
        await Promise.race([questionHeading.waitFor(), resultHeading.waitFor()]);
        if (await resultHeading.isVisible()) break;
        const title = ((await questionHeading.textContent()) ?? "").replace(/^Vraag \d+:\s*/, "");
        const question = roleQuestions.find((candidate) => candidate.title.nl === title);
        expect(question, `a question titled "${title}"`).toBeDefined();
        const value = answers[question!.key] ?? "unknown";
        const option = question!.options.find((candidate) => candidate.value === value);
        await answer(page, option ? option.label.nl : "Weet ik niet");
      }
      await resultHeading.waitFor();
      await page
        .getByRole("heading", {
          level: 2,
          name: roleOutcomeLabels[outcome as keyof typeof roleOutcomeLabels].nl,
          exact: true,
        })
        .waitFor();
      await page.context().close();
    },
  );

  it("shows the demo payroll party as processor and records a new assessment for an unassessed party", async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.baseUrl()}/inloggen`);
    await page.getByLabel("E-mailadres").fill("privacy@gemeente-voorbeeld.example");
    await page.getByLabel("Wachtwoord").fill(demoPassword);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
    const organisationId = /\/organisaties\/([^/?#]+)/.exec(page.url())?.[1];
    expect(organisationId).toBeDefined();

    const rowOf = (name: string) =>
      page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await page.getByRole("columnheader", { name: "Rol", exact: true }).waitFor();
    // The name is the row header; the role is the first data cell after it.
    const roleCell = (name: string) => rowOf(name).getByRole("cell").first();
    expect(await roleCell("Salarisdienst Noord B.V.").locator(".art28-role-cell__outcome").textContent()).toBe(
      "Verwerker",
    );

    const response = await page.request.get(`${suite.baseUrl()}/api/organisations/${organisationId}/counterparties`);
    const list = counterpartyListResponseSchema.parse(await response.json());
    const unassessed = list.items.find((counterparty) => counterparty.roleAssessment === null);
    expect(unassessed, "the demo data leave some counterparties unassessed").toBeDefined();
    const name = unassessed!.name;
    expect(await roleCell(name).locator(".art28-role-cell__outcome").textContent()).toBe("Nog niet bepaald");

    await rowOf(name)
      .getByRole("link", { name: `Rol bepalen voor ${name}` })
      .click();
    await page.getByRole("heading", { level: 1, name: `Rolbepaling: ${name}` }).waitFor();
    await waitForQuestion(page, 1);
    await answer(page, "Nee"); // personal_data

    await page.getByRole("heading", { level: 1, name: `Uitkomst van de rolbepaling: ${name}` }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Niet van toepassing", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Geen verwerkersovereenkomst nodig" }).waitFor();
    await page.getByText("Deze uitkomst is nog niet vastgelegd.").waitFor();
    await page.getByRole("button", { name: `Vastleggen bij ${name}` }).click();

    await page.getByText(/^Vastgelegd door .+ op .+\.$/).waitFor();
    expect(page.url()).toMatch(/\?opgeslagen=/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
    await page.getByRole("heading", { level: 1, name: "Gemeente Voorbeeld" }).waitFor();
    await roleCell(name)
      .locator(".art28-role-cell__outcome", { hasText: /^Niet van toepassing$/ })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
