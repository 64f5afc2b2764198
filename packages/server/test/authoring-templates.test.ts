/**
 * Templates keep what the standard promises, and the deviation report shows what a template
 * changed. The demo municipality is a member of the demo association, whose template rewords
 * the clause on applicable law and disputes.
 */
import { authoredVersionDetailSchema, templatesOverviewSchema } from "@art28/contract";
import { currentAgreementStandard } from "@art28/domain";
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { relationships } from "../src/database/schema.ts";
import { demoAssociationTemplate, demoAuthoringRelationshipName } from "../src/demo/demo-data.ts";
import { demoEmails } from "./support/demo-sessions.ts";
import { expectStatus } from "./support/register-helpers.ts";
import { authoringAddresses, sessionsOf } from "./support/authoring-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

function standardClauseText(clauseId: string) {
  const clause = currentAgreementStandard.articles
    .flatMap((article) => article.clauses)
    .find((candidate) => candidate.id === clauseId);
  if (!clause) throw new Error(`The standard has no clause ${clauseId}`);
  return clause.text;
}

describeOnEachEngine("authoring templates keep the standard's mandatory requirements", (server) => {
  const session = sessionsOf(server);

  it("refuses a template whose rewording drops the audit right, naming the clause and the requirement", async () => {
    const association = await session(demoEmails.association);
    const response = await association.publishTemplate({
      name: "Model zonder audits",
      changeNote: "Alleen nog een jaarlijkse samenvatting.",
      clauseTexts: {
        "audits.right-to-audit": {
          nl: "Verwerker stelt jaarlijks een samenvatting van zijn werkzaamheden beschikbaar.",
          en: "The Processor makes a yearly summary of its work available.",
        },
        // A harmless rewording in the same template is not blamed.
        "final-provisions.amendments": {
          nl: "Partijen wijzigen deze verwerkersovereenkomst alleen schriftelijk.",
          en: "The Parties amend this Agreement only in writing.",
        },
      },
    });
    const problem = expectStatus<{ code: string; issues: { path: string; message: string }[] }>(response, 422);
    expect(problem.code).toBe("validation_failed");
    expect(problem.issues.map((issue) => issue.path)).toEqual([
      "body.clauseTexts.audits.right-to-audit.nl",
      "body.clauseTexts.audits.right-to-audit.en",
    ]);
    for (const issue of problem.issues) expect(issue.message).toMatch(/: audits$/);

    // Nothing was published: the association still has only its first version.
    const overview = templatesOverviewSchema.parse(expectStatus(await association.templates(), 200));
    expect(overview.own.map((template) => template.templateVersion)).toEqual([1]);
  });

  it("refuses a rewording that weakens a requirement in one language only", async () => {
    const association = await session(demoEmails.association);
    const standard = standardClauseText("audits.right-to-audit");
    const problem = expectStatus<{ issues: { path: string; message: string }[] }>(
      await association.publishTemplate({
        name: "Model",
        changeNote: "Engelse tekst ingekort.",
        clauseTexts: {
          "audits.right-to-audit": {
            nl: standard.nl,
            en: "The Processor makes a yearly summary of its work available.",
          },
        },
      }),
      422,
    );
    expect(problem.issues.map((issue) => issue.path)).toEqual(["body.clauseTexts.audits.right-to-audit.en"]);
  });

  it("publishes a harmless rewording", async () => {
    const association = await session(demoEmails.association);
    const published = expectStatus<{ templateVersion: number }>(
      await association.publishTemplate({
        name: "Model Voorbeeldgemeenten",
        changeNote: "Wijzigingen alleen schriftelijk.",
        clauseTexts: {
          ...demoAssociationTemplate.clauseTexts,
          "final-provisions.amendments": {
            nl: "Partijen wijzigen deze verwerkersovereenkomst alleen schriftelijk en met instemming van beide.",
            en: "The Parties amend this Agreement only in writing and with the consent of both.",
          },
        },
      }),
      201,
    );
    expect(published.templateVersion).toBe(2);
  });
});

describeOnEachEngine("authoring deviation report with a template", (server) => {
  const session = sessionsOf(server);

  it("lists the template's rewordings with its label and change note before the negotiated deviations", async () => {
    const municipality = await session(demoEmails.privacyOfficer);
    const supplier = await session(demoEmails.supplier);
    const [relationship] = await server()
      .application.connection.database.select({ id: relationships.id })
      .from(relationships)
      .where(
        and(
          eq(relationships.organisationId, municipality.organisationId),
          eq(relationships.name, demoAuthoringRelationshipName),
        ),
      );
    const version = authoredVersionDetailSchema.parse(
      expectStatus(
        await municipality.generate(relationship!.id, {
          variables: authoringAddresses,
          counterpartyOrganisationId: supplier.organisationId,
        }),
        201,
      ),
    );
    expect(version.language).toBe("nl");
    expectStatus(
      await supplier.propose(version.id, {
        clauseId: "breaches.notification",
        proposedText: "Verwerker meldt een datalek binnen 48 uur.",
        reason: "Wij hebben geen 24-uursdienst.",
      }),
      201,
    );

    // Both sides see the template's change note, also the processor, which cannot read templates itself.
    for (const party of [municipality, supplier]) {
      const report = expectStatus<{
        templateLabel: string;
        items: Array<{
          source: string;
          deviationId: string | null;
          clauseId: string;
          clauseNumber: string;
          standardText: string;
          proposedText: string;
          reason: string;
          proposedBy: string | null;
          proposedByOrganisation: string;
          status: string | null;
        }>;
      }>(await party.report(version.id, "json"), 200);
      expect(report.items.map((item) => [item.source, item.clauseId])).toEqual([
        ["template", "final-provisions.law"],
        ["negotiation", "breaches.notification"],
      ]);
      const [rewording, negotiated] = report.items;
      expect(rewording).toMatchObject({
        deviationId: null,
        proposedBy: null,
        status: null,
        proposedByOrganisation: "Vereniging van Voorbeeldgemeenten",
        standardText: standardClauseText("final-provisions.law").nl,
        proposedText: demoAssociationTemplate.clauseTexts["final-provisions.law"].nl,
        reason: `${report.templateLabel}: ${demoAssociationTemplate.changeNote}`,
      });
      expect(rewording!.clauseNumber).toMatch(/^\d+\.\d+$/);
      expect(negotiated).toMatchObject({ proposedBy: "processor", status: "proposed" });
    }

    const csv = await municipality.report(version.id, "csv");
    expect(csv.statusCode).toBe(200);
    const lines = csv.rawPayload.toString("utf8").split("\r\n");
    expect(lines[0]).toContain("Bron / Source");
    expect(lines[1]).toContain("sjabloon / template");
    expect(lines[1]).toContain("Partijen proberen een geschil eerst in overleg op te lossen.");
    expect(lines[1]).toContain("geschillen eerst in overleg");
    expect(lines[2]).toContain("onderhandeling / negotiation");
  });
});
