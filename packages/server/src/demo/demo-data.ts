import type { MembershipRole, OrganisationKind } from "@art28/domain";
import { sql } from "drizzle-orm";
import type { Database } from "../database/connection.ts";
import { withOrganisationScopeInTransaction } from "../database/tenant-scope.ts";
import { createCounterpartyDataAccess } from "../data-access/counterparties.ts";
import { createOrganisationDataAccess } from "../data-access/organisations.ts";
import { createUserDataAccess } from "../data-access/users.ts";
import { hashPassword } from "../services/passwords.ts";
import { demoCounterparties } from "./demo-counterparties.ts";

/** The password of every demo account; documented in the README. Never use demo data in production. */
export const demoPassword = "art28-demo";

export const demoMunicipalityName = "Gemeente Voorbeeld";

interface DemoAccount {
  email: string;
  name: string;
  role: MembershipRole;
  organisation: string;
}

const demoOrganisations: ReadonlyArray<{ name: string; kind: OrganisationKind }> = [
  { name: demoMunicipalityName, kind: "controller" },
  { name: "Salarisdienst Noord B.V.", kind: "processor" },
  { name: "Vereniging van Voorbeeldgemeenten", kind: "association" },
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
    organisation: "Salarisdienst Noord B.V.",
  },
  {
    email: "standaard@voorbeeldgemeenten.example",
    name: "Vera Vereniging",
    role: "admin",
    organisation: "Vereniging van Voorbeeldgemeenten",
  },
];

/**
 * Fills an empty database with the demo municipality, its counterparties, a supplier, the
 * association and the demo accounts. Does nothing when any organisation exists, so it is safe
 * at every start, also when two servers start against one PostgreSQL database at once.
 *
 * @returns whether demo data were written.
 */
export async function seedDemoData(database: Database): Promise<boolean> {
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
    for (const account of demoAccounts) {
      const user = await users.insert({ email: account.email, name: account.name, passwordHash });
      await organisations.insertMembership({
        organisationId: organisationIds.get(account.organisation)!,
        userId: user.id,
        role: account.role,
      });
    }
    const municipalityId = organisationIds.get(demoMunicipalityName)!;
    await withOrganisationScopeInTransaction(transaction, municipalityId, (scoped) =>
      createCounterpartyDataAccess(scoped, municipalityId).insertMany(
        demoCounterparties.map((counterparty) => ({
          name: counterparty.name,
          kvkNumber: counterparty.kvkNumber,
          country: counterparty.country,
          contactName: counterparty.contactName,
          contactEmail: counterparty.contactEmail,
          category: counterparty.category,
          serviceDescription: counterparty.serviceNl,
        })),
      ),
    );
    return true;
  });
}
