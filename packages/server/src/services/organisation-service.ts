import { themeOverridesSchema, type Organisation, type UpdateOrganisationRequest } from "@art28/contract";
import type { Database } from "../database/connection.ts";
import { createOrganisationDataAccess, type OrganisationRecord } from "../data-access/organisations.ts";
import { AppError } from "../errors.ts";
import { authorize, type Actor } from "./authorization.ts";

/** Presenter. The theme column is JSON; an invalid stored value falls back to the default theme. */
function presentOrganisation(organisation: OrganisationRecord, associationName: string | null): Organisation {
  const theme = themeOverridesSchema.safeParse(organisation.theme);
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    theme: theme.success ? theme.data : {},
    associationId: organisation.associationId,
    associationName: organisation.associationId ? associationName : null,
  };
}

function invalidAssociation(message: string): AppError {
  return new AppError("validation_failed", message, { issues: [{ path: "body.associationId", message }] });
}

export function createOrganisationService(dependencies: { database: Database }) {
  const { database } = dependencies;
  const present = async (organisations: ReturnType<typeof createOrganisationDataAccess>, record: OrganisationRecord) =>
    presentOrganisation(
      record,
      record.associationId ? ((await organisations.findById(record.associationId))?.name ?? null) : null,
    );
  return {
    async get(actor: Actor, organisationId: string): Promise<Organisation> {
      authorize(actor, organisationId, "organisation.read");
      const organisations = createOrganisationDataAccess(database);
      const organisation = await organisations.findById(organisationId);
      if (!organisation) throw new AppError("not_found", "Organisation not found.");
      return present(organisations, organisation);
    },

    /**
     * Changes the organisation's settings (`organisation.manage`): its design-token overrides (an
     * empty object restores the default theme) and the association it is a member of, whose
     * template it then starts from (null leaves the association). The association must be
     * another organisation of kind `association` (422 otherwise).
     */
    async update(actor: Actor, organisationId: string, changes: UpdateOrganisationRequest): Promise<Organisation> {
      authorize(actor, organisationId, "organisation.manage");
      const theme = changes.theme === undefined ? undefined : themeOverridesSchema.parse(changes.theme);
      return database.transaction(async (transaction) => {
        const organisations = createOrganisationDataAccess(transaction);
        if (changes.associationId) {
          if (changes.associationId === organisationId) {
            throw invalidAssociation("An organisation cannot be a member of itself.");
          }
          const association = await organisations.findById(changes.associationId);
          if (!association || association.kind !== "association") {
            throw invalidAssociation("No association has this id.");
          }
        }
        const organisation = await organisations.updateSettings(organisationId, {
          theme,
          associationId: changes.associationId,
        });
        if (!organisation) throw new AppError("not_found", "Organisation not found.");
        return present(organisations, organisation);
      });
    },
  };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
