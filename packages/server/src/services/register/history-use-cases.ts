import type { z } from "zod";
import type { historyResponseSchema } from "@art28/contract";
import { createAuditEventDataAccess } from "../../data-access/audit-events.ts";
import { createRelationshipDataAccess } from "../../data-access/relationships.ts";
import type { AuditedEntityType } from "../audit-trail.ts";
import type { Actor } from "../authorization.ts";
import type { RegisterDependencies } from "../register-dependencies.ts";
import { createRegisterScopes, notFound } from "./register-context.ts";
import { presentAuditEvent } from "./register-presenters.ts";

/** The history of one register record: its audit events, oldest first. */
export function createHistoryUseCases(dependencies: RegisterDependencies) {
  const scopes = createRegisterScopes(dependencies);
  return {
    /**
     * A deleted record keeps its history. A record without events (for instance demo data
     * written before the trail existed) has an empty history; an id that is neither in this
     * organisation's trail nor in its register is not found, whoever owns it.
     */
    async history(
      actor: Actor,
      organisationId: string,
      entityType: AuditedEntityType,
      entityId: string,
    ): Promise<z.infer<typeof historyResponseSchema>> {
      return scopes.read(actor, organisationId, async (transaction) => {
        const events = await createAuditEventDataAccess(transaction, organisationId).listForEntity(
          entityType,
          entityId,
        );
        if (
          events.length === 0 &&
          !(await createRelationshipDataAccess(transaction, organisationId).recordExists(entityType, entityId))
        ) {
          throw notFound("Record");
        }
        return { items: events.map(presentAuditEvent) };
      });
    },
  };
}
