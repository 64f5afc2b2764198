import { themeOverridesSchema, type Organisation, type UpdateOrganisationRequest } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { createOrganisationDataAccess, type OrganisationRecord } from "../data-access/organisations.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

/** Presenter. The theme column is JSON; an invalid stored value falls back to the default theme. */
function presentOrganisation(organisation: OrganisationRecord): Organisation {
  const theme = themeOverridesSchema.safeParse(organisation.theme);
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    theme: theme.success ? theme.data : {},
  };
}

export function createOrganisationService(dependencies: { database: Database }) {
  const organisations = createOrganisationDataAccess(dependencies.database);
  return {
    async get(actor: Actor, organisationId: string): Promise<Organisation> {
      authorize(actor, organisationId, "organisation.read");
      const organisation = await organisations.findById(organisationId);
      if (!organisation) throw new AppError("not_found", "Organisation not found.");
      return presentOrganisation(organisation);
    },

    /** Replaces the organisation's design-token overrides (an empty object restores the default theme). */
    async update(actor: Actor, organisationId: string, changes: UpdateOrganisationRequest): Promise<Organisation> {
      authorize(actor, organisationId, "organisation.manage");
      const theme = themeOverridesSchema.parse(changes.theme);
      const organisation = await organisations.updateTheme(organisationId, theme);
      if (!organisation) throw new AppError("not_found", "Organisation not found.");
      return presentOrganisation(organisation);
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
