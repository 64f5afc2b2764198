import type { MembershipRole, OrganisationKind } from "@art28/domain";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../database/connection.ts";
import { organisations as organisationsTable } from "../database/schema.ts";
import { withOrganisationScopeInTransaction } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess } from "../data-access/counterparties.ts";
import { createOrganisationDataAccess } from "../data-access/organisations.ts";
import { createRoleAssessmentDataAccess } from "../data-access/role-assessments.ts";
import { createUserDataAccess } from "../data-access/users.ts";
import { publishTemplateVersion } from "../services/authoring/template-use-cases.ts";
import { hashPassword } from "../services/passwords.ts";
import { roleAssessmentValues } from "../services/role-assessment-service.ts";
import { demoCounterparties } from "./demo-counterparties.ts";
import { seedDemoRegister } from "./demo-register.ts";
import { demoRoleAnswersByCategory } from "./demo-role-assessments.ts";

/** The password of every demo account; documented in the README. Never use demo data in production. */
export const demoPassword = "art28-demo";

export const demoMunicipalityName = "Gemeente Voorbeeld";
export const demoSupplierName = "Salarisdienst Noord B.V.";
export const demoAssociationName = "Vereniging van Voorbeeldgemeenten";

/**
 * The demo relationship of the municipality with the supplier organisation, complete in the
 * register, for generating and negotiating an agreement with that supplier's users.
 */
export const demoAuthoringRelationshipName = "Salarisadministratie en loonstroken";

/**
 * The association's template for its members: the standard with higher defaults for the
 * liability cap and one clause in the association's own wording (disputes go to consultation
 * first). Written by the project for the demo.
 */
export const demoAssociationTemplate = {
  name: "Model Voorbeeldgemeenten",
  changeNote:
    "Eerste versie voor de leden: aansprakelijkheidsgrens € 1.000.000 per jaar, datalekken binnen 24 uur, en geschillen eerst in overleg.",
  clauseTexts: {
    "final-provisions.law": {
      nl: "Op deze verwerkersovereenkomst is Nederlands recht van toepassing. Partijen proberen een geschil eerst in overleg op te lossen. Lukt dat niet binnen zes weken nadat een Partij het geschil schriftelijk heeft gemeld, dan kan elk van hen het voorleggen aan de bevoegde rechter in het arrondissement waar Verwerkingsverantwoordelijke is gevestigd.",
      en: "This Agreement is governed by Dutch law. The Parties first try to settle a dispute by consultation. If that does not succeed within six weeks after a Party has reported the dispute in writing, either of them may submit it to the competent court in the district where the Controller has its seat.",
    },
  },
  variableDefaults: { breachNotificationHours: 24, liabilityCapEuros: 1_000_000 },
};

interface DemoAccount {
  email: string;
  name: string;
  role: MembershipRole;
  organisation: string;
}

const demoOrganisations: ReadonlyArray<{ name: string; kind: OrganisationKind }> = [
  { name: demoMunicipalityName, kind: "controller" },
  { name: demoSupplierName, kind: "processor" },
  { name: demoAssociationName, kind: "association" },
];

export const demoAccounts: readonly DemoAccount[] = [
  {
    email: "beheer@gemeente-voorbeeld.example",
    name: "Bram Beheer",
    role: "admin",
    organisation: demoMunicipalityName,
  },
  {
    email: "privacy@gemeente-voorbeeld.example",
    name: "Priya Privacy",
    role: "privacy_officer",
    organisation: demoMunicipalityName,
  },
  {
    email: "inkoop@gemeente-voorbeeld.example",
    name: "Koen Inkoop",
    role: "contract_manager",
    organisation: demoMunicipalityName,
  },
  {
    email: "lezer@gemeente-voorbeeld.example",
    name: "Lotte Lezer",
    role: "viewer",
    organisation: demoMunicipalityName,
  },
  {
    email: "privacy@salarisdienst-noord.example",
    name: "Sander Salaris",
    role: "admin",
    organisation: demoSupplierName,
  },
  {
    email: "standaard@voorbeeldgemeenten.example",
    name: "Vera Vereniging",
    role: "admin",
    organisation: demoAssociationName,
  },
];

/**
 * Fills an empty database with the demo municipality, its counterparties (the obvious ones with
 * a role assessment by the privacy officer), its register (see `demo-register.ts`), a supplier,
 * the association (of which the municipality is a member, with its published template) and the
 * demo accounts.
 * Does nothing when any organisation exists, so it is safe at every start, also when two
 * servers start against one PostgreSQL database at once.
 *
 * @returns whether demo data were written.
 */
export async function seedDemoData(database: Database, options: { now: Date } = { now: new Date() }): Promise<boolean> {
  // The usual case at start is a database that is already in use: skip the costly hash then.
  if ((await createOrganisationDataAccess(database).count()) > 0) return false;
  const passwordHash = await hashPassword(demoPassword);
  return database.transaction(async (transaction) => {
    // Serialises concurrent first starts; the key is an arbitrary constant of Art28's.
    await transaction.execute(sql`select pg_advisory_xact_lock(2028028)`);
    const organisations = createOrganisationDataAccess(transaction);
    if ((await organisations.count()) > 0) return false;

    const organisationIds = new Map<string, string>();
    for (const organisation of demoOrganisations) {
      const record = await organisations.insert(organisation);
      organisationIds.set(record.name, record.id);
    }
    const users = createUserDataAccess(transaction);
    const userIds = new Map<string, string>();
    for (const account of demoAccounts) {
      const user = await users.insert({ email: account.email, name: account.name, passwordHash });
      userIds.set(account.email, user.id);
      await organisations.insertMembership({
        organisationId: organisationIds.get(account.organisation)!,
        userId: user.id,
        role: account.role,
      });
    }
    const municipalityId = organisationIds.get(demoMunicipalityName)!;
    const associationId = organisationIds.get(demoAssociationName)!;
    // The municipality is a member of the association and starts from the association's template.
    await transaction
      .update(organisationsTable)
      .set({ associationId })
      .where(eq(organisationsTable.id, municipalityId));
    const associationAdmin = demoAccounts.find((account) => account.organisation === demoAssociationName)!;
    await withOrganisationScopeInTransaction(transaction, associationId, (scoped) =>
      publishTemplateVersion(
        scoped,
        associationId,
        { userId: userIds.get(associationAdmin.email)!, label: associationAdmin.email },
        demoAssociationTemplate,
        options.now,
      ),
    );
    const privacyOfficer = demoAccounts.find(
      (account) => account.organisation === demoMunicipalityName && account.role === "privacy_officer",
    )!;
    await withOrganisationScopeInTransaction(transaction, municipalityId, async (scoped) => {
      const counterparties = createCounterpartyDataAccess(scoped, municipalityId);
      await counterparties.insertMany(
        demoCounterparties.map((counterparty) => ({
          name: counterparty.name,
          kvkNumber: counterparty.kvkNumber,
          country: counterparty.country,
          contactName: counterparty.contactName,
          contactEmail: counterparty.contactEmail,
          category: counterparty.category,
          serviceDescription: counterparty.serviceNl,
        })),
      );
      // The outcome is computed from the answers, so stored answers and outcome always agree.
      const assessments = (await counterparties.list()).flatMap((counterparty) => {
        const answers = demoRoleAnswersByCategory[counterparty.category];
        return answers
          ? [
              {
                ...roleAssessmentValues(answers),
                counterpartyId: counterparty.id,
                answeredBy: userIds.get(privacyOfficer.email)!,
              },
            ]
          : [];
      });
      await createRoleAssessmentDataAccess(scoped, municipalityId).insertMany(assessments);
      // Dated relative to the seeding clock, so the demo register never goes stale.
      await seedDemoRegister(scoped, municipalityId, { now: options.now });
    });
    return true;
  });
}
