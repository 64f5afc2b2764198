import { relationshipStatus } from "@art28/domain";
import { count, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { createAgreementDataAccess } from "../src/data-access/agreements.ts";
import { createBreachDataAccess } from "../src/data-access/breaches.ts";
import { createCertificationDataAccess } from "../src/data-access/certifications.ts";
import { createCounterpartyDataAccess } from "../src/data-access/counterparties.ts";
import { createOrganisationDataAccess } from "../src/data-access/organisations.ts";
import { createRelationshipDataAccess } from "../src/data-access/relationships.ts";
import type { Database } from "../src/database/connection.ts";
import {
  agreements,
  breaches,
  certifications,
  processingSpecifications,
  relationships,
} from "../src/database/schema.ts";
import { withOrganisationScope } from "../src/database/tenant-scope.ts";
import { demoMunicipalityName } from "../src/demo/demo-data.ts";
import { compliantCheckReport } from "./support/register-helpers.ts";
import { describeOnEachEngine } from "./support/test-application.ts";

describeOnEachEngine("register data model", (server) => {
  const database = (): Database => server().application.connection.database;

  async function organisationIds() {
    const organisations = createOrganisationDataAccess(database());
    const municipality = await organisations.findByName(demoMunicipalityName);
    const supplier = await organisations.findByName("Salarisdienst Noord B.V.");
    return { municipality: municipality!.id, supplier: supplier!.id };
  }

  /** Writes one relationship with a specification, an agreement, a certification and a breach. */
  async function writeRegisterEntry(organisationId: string) {
    return withOrganisationScope(database(), organisationId, async (transaction) => {
      const [counterparty] = await createCounterpartyDataAccess(transaction, organisationId).list({
        search: "Salarisdienst",
      });
      const relationshipAccess = createRelationshipDataAccess(transaction, organisationId);
      const relationship = await relationshipAccess.insert({
        counterpartyId: counterparty!.id,
        name: "Salarisadministratie",
        role: "processor",
      });
      await relationshipAccess.saveSpecification({
        relationshipId: relationship.id,
        subjectMatter: "Salarisverwerking van medewerkers",
        nature: "Berekenen en uitbetalen van salarissen",
        purposes: ["salarisbetaling", "loonaangifte"],
        dataCategories: ["naam", "adres", "bankrekeningnummer"],
        specialCategories: [],
        processesBsn: true,
        dataSubjectCategories: ["medewerkers"],
        retention: "7 jaar na uitdiensttreding (fiscale bewaarplicht)",
        storageCountries: ["NL"],
        processingCountries: ["NL", "DE"],
        transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
      });
      const agreement = await createAgreementDataAccess(transaction, organisationId).insert({
        relationshipId: relationship.id,
        kind: "processor_agreement",
        standardName: "Model Verwerkersovereenkomst Voorbeeldgemeenten",
        standardVersion: "2024.1",
        status: "active",
        signedOn: "2025-01-10",
        effectiveOn: "2025-02-01",
        endsOn: "2026-01-31",
        reviewOn: "2025-12-01",
        latestCheckReport: compliantCheckReport,
        latestCheckAt: new Date("2025-01-09T14:00:00Z"),
      });
      const certification = await createCertificationDataAccess(transaction, organisationId).insert({
        relationshipId: relationship.id,
        kind: "iso_27001",
        holder: "Salarisdienst Noord B.V.",
        issuedOn: "2023-03-01",
        expiresOn: "2026-02-28",
        reportReference: "ISO-27001-certificaat-2023.pdf",
      });
      const breach = await createBreachDataAccess(transaction, organisationId).insert({
        relationshipId: relationship.id,
        occurredAt: new Date("2025-10-24T20:00:00Z"),
        processorAwareAt: new Date("2025-10-24T21:00:00Z"),
        controllerAwareAt: new Date("2025-10-25T08:00:00Z"),
        description: "Loonstroken naar een verkeerd e-mailadres gestuurd.",
        measures: "E-mail teruggehaald; adresboek gecontroleerd.",
      });
      return { relationship, agreement, certification, breach };
    });
  }

  it("writes a relationship with its specification, agreement, certification and breach, and reads them back", async () => {
    const { municipality } = await organisationIds();
    const written = await writeRegisterEntry(municipality);

    const read = await withOrganisationScope(database(), municipality, async (transaction) => ({
      relationship: await createRelationshipDataAccess(transaction, municipality).findById(written.relationship.id),
      specification: await createRelationshipDataAccess(transaction, municipality).findSpecification(
        written.relationship.id,
      ),
      agreements: await createAgreementDataAccess(transaction, municipality).listForRelationship(
        written.relationship.id,
      ),
      certifications: await createCertificationDataAccess(transaction, municipality).listForRelationship(
        written.relationship.id,
      ),
      breaches: await createBreachDataAccess(transaction, municipality).listForRelationship(written.relationship.id),
    }));

    expect(read.relationship).toMatchObject({
      organisationId: municipality,
      name: "Salarisadministratie",
      role: "processor",
    });
    expect(read.specification).toMatchObject({
      processesBsn: true,
      purposes: ["salarisbetaling", "loonaangifte"],
      processingCountries: ["NL", "DE"],
      transfers: [{ country: "US", safeguard: "standard_contractual_clauses" }],
    });
    expect(read.agreements).toHaveLength(1);
    expect(read.agreements[0]).toMatchObject({
      status: "active",
      effectiveOn: "2025-02-01",
      endsOn: "2026-01-31",
      reviewOn: "2025-12-01",
      standardVersion: "2024.1",
      latestCheckAt: new Date("2025-01-09T14:00:00Z"),
    });
    expect(read.agreements[0]!.latestCheckReport).toEqual(compliantCheckReport);
    expect(read.certifications).toEqual([expect.objectContaining({ kind: "iso_27001", expiresOn: "2026-02-28" })]);
    // The 72 hours run across the end of summer time (26 October 2025): still 72 elapsed hours.
    expect(read.breaches[0]!.authorityDeadlineAt).toEqual(new Date("2025-10-28T08:00:00Z"));
    expect(read.breaches[0]!.authorityNotificationRequired).toBe(true);

    // What was read is enough for the computed status.
    const agreement = read.agreements[0]!;
    const status = relationshipStatus(
      {
        role: read.relationship!.role,
        latestRoleAssessment: null,
        agreements: [
          {
            ...agreement,
            latestCheck: agreement.latestCheckReport && {
              compliant: agreement.latestCheckReport.summary.compliant,
              checkedAt: agreement.latestCheckAt!,
            },
          },
        ],
        certifications: read.certifications,
        audits: [],
        breaches: read.breaches,
      },
      new Date("2025-10-27T12:00:00Z"),
    );
    expect(status.compliance).toBe("compliant");
    expect(status.flags.map((flag) => flag.flag)).toEqual(["breach_deadline_running"]);
  });

  it("hides the register from another organisation, even for queries without a filter", async () => {
    const { municipality, supplier } = await organisationIds();
    const written = await writeRegisterEntry(municipality);

    const seenBySupplier = await withOrganisationScope(database(), supplier, async (transaction) => {
      const rows = async (table: typeof relationships | typeof agreements | typeof certifications | typeof breaches) =>
        (await transaction.select({ value: count() }).from(table))[0]!.value;
      return {
        relationships: await rows(relationships),
        specifications: (await transaction.select({ value: count() }).from(processingSpecifications))[0]!.value,
        agreements: await rows(agreements),
        certifications: await rows(certifications),
        breaches: await rows(breaches),
        // A data-access object bound to the municipality, run in the supplier's scope: a bug the policy must catch.
        relationship: await createRelationshipDataAccess(transaction, municipality).findById(written.relationship.id),
        agreement: await createAgreementDataAccess(transaction, municipality).findById(written.agreement.id),
        breachList: await createBreachDataAccess(transaction, municipality).listForRelationship(
          written.relationship.id,
        ),
      };
    });
    expect(seenBySupplier).toEqual({
      relationships: 0,
      specifications: 0,
      agreements: 0,
      certifications: 0,
      breaches: 0,
      relationship: undefined,
      agreement: undefined,
      breachList: [],
    });

    const seenByMunicipality = await withOrganisationScope(database(), municipality, (transaction) =>
      createAgreementDataAccess(transaction, municipality).findById(written.agreement.id),
    );
    expect(seenByMunicipality?.id).toBe(written.agreement.id);
  });

  it("refuses to write register rows for another organisation or under its records", async () => {
    const { municipality, supplier } = await organisationIds();
    const written = await writeRegisterEntry(municipality);

    // Row-level security: a row for the municipality written in the supplier's scope.
    await expect(
      withOrganisationScope(database(), supplier, (transaction) =>
        createAgreementDataAccess(transaction, municipality).insert({
          relationshipId: written.relationship.id,
          kind: "processor_agreement",
        }),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/row-level security/) }),
    });

    // Composite foreign keys: the supplier's own row may not hang under the municipality's records.
    const municipalityCounterpartyId = written.relationship.counterpartyId;
    await expect(
      withOrganisationScope(database(), supplier, (transaction) =>
        createRelationshipDataAccess(transaction, supplier).insert({
          counterpartyId: municipalityCounterpartyId,
          name: "Smuggled service",
        }),
      ),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ message: expect.stringMatching(/foreign key/) }) });
    await expect(
      withOrganisationScope(database(), supplier, (transaction) =>
        createBreachDataAccess(transaction, supplier).insert({
          relationshipId: written.relationship.id,
          description: "Smuggled breach",
        }),
      ),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ message: expect.stringMatching(/foreign key/) }) });
  });

  it("guards statuses, country codes, transfers and the 72-hour deadline in the database", async () => {
    const { municipality } = await organisationIds();
    const written = await writeRegisterEntry(municipality);
    const inScope = <Result>(work: Parameters<typeof withOrganisationScope<Result>>[2]) =>
      withOrganisationScope(database(), municipality, work);
    const relationshipId = written.relationship.id;

    await expect(
      inScope((transaction) =>
        transaction.execute(
          sql`insert into agreements (organisation_id, relationship_id, kind, status) values (${municipality}, ${relationshipId}, 'processor_agreement', 'approved')`,
        ),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/agreements_status_valid/) }),
    });

    await expect(
      inScope((transaction) =>
        transaction.execute(
          sql`insert into breaches (organisation_id, relationship_id, description, controller_aware_at, authority_deadline_at)
              values (${municipality}, ${relationshipId}, 'x', '2025-10-24T08:00:00Z', '2025-10-27T09:00:00Z')`,
        ),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/breaches_deadline_72_hours/) }),
    });

    await expect(
      inScope((transaction) =>
        createRelationshipDataAccess(transaction, municipality).saveSpecification({
          relationshipId,
          storageCountries: ["Netherlands"],
        }),
      ),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/storage_countries_format/) }),
    });

    await expect(
      inScope((transaction) =>
        createRelationshipDataAccess(transaction, municipality).saveSpecification({
          relationshipId,
          transfers: [{ country: "US", safeguard: "trust_us" as never }],
        }),
      ),
    ).rejects.toThrow(/safeguard/);
  });
});
