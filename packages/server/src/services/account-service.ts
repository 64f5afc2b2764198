import type { MembershipRole, OrganisationKind } from "@art28/domain";
import type { Database } from "../database/connection.ts";
import { createOrganisationDataAccess } from "../data-access/organisations.ts";
import { createUserDataAccess } from "../data-access/users.ts";
import { AppError } from "../errors.ts";
import { hashPassword, minimumPasswordLength } from "./passwords.ts";

export interface CreateAccountInput {
  email: string;
  name: string;
  password: string;
  role: MembershipRole;
  /** The organisation to join; created when no organisation of that name exists yet. */
  organisation: { name: string; kind: OrganisationKind };
  locale?: "nl" | "en";
}

/** Creating organisations and accounts: used by the CLI (first admin) and the demo data. */
export function createAccountService(dependencies: { database: Database }) {
  const { database } = dependencies;
  return {
    async createAccount(
      input: CreateAccountInput,
    ): Promise<{ userId: string; organisationId: string; organisationCreated: boolean }> {
      if (input.password.length < minimumPasswordLength) {
        throw new AppError(
          "validation_failed",
          `The password must have at least ${minimumPasswordLength} characters.`,
          {
            issues: [{ path: "password", message: `at least ${minimumPasswordLength} characters` }],
          },
        );
      }
      const passwordHash = await hashPassword(input.password);
      return database.transaction(async (transaction) => {
        const users = createUserDataAccess(transaction);
        const organisations = createOrganisationDataAccess(transaction);
        if (await users.findByEmail(input.email)) {
          throw new AppError("conflict", `An account with e-mail address ${input.email} already exists.`);
        }
        let organisation = await organisations.findByName(input.organisation.name);
        const organisationCreated = organisation === undefined;
        if (!organisation) {
          organisation = await organisations.insert(input.organisation);
        } else if (organisation.kind !== input.organisation.kind) {
          throw new AppError(
            "conflict",
            `Organisation "${organisation.name}" already exists as a ${organisation.kind}, not a ${input.organisation.kind}.`,
          );
        }
        const user = await users.insert({
          email: input.email,
          name: input.name,
          passwordHash,
          locale: input.locale ?? "nl",
        });
        await organisations.insertMembership({ organisationId: organisation.id, userId: user.id, role: input.role });
        return { userId: user.id, organisationId: organisation.id, organisationCreated };
      });
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
