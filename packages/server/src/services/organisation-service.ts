import { themeOverridesSchema, type Organisation } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { createOrganisationDataAccess } from "../data-access/organisations.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

export function createOrganisationService(dependencies: { database: Database }) {
  const organisations = createOrganisationDataAccess(dependencies.database);
  return {
    async get(actor: Actor, organisationId: string): Promise<Organisation> {
      authorize(actor, organisationId, "organisation.read");
      const organisation = await organisations.findById(organisationId);
      if (!organisation) throw new AppError("not_found", "Organisation not found.");
      // The theme column is JSON written by admins; an invalid value falls back to the default theme.
      const theme = themeOverridesSchema.safeParse(organisation.theme);
      return {
        id: organisation.id,
        name: organisation.name,
        kind: organisation.kind,
        theme: theme.success ? theme.data : {},
      };
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
