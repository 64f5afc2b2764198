import { changedFields, snapshotOf } from "../audit/audit-changes.ts";
import type { Transaction } from "../database/connection.ts";
import { createAuditEventDataAccess } from "../data-access/audit-events.ts";

/** Who made a change, as the audit trail names them: a user, or a part of the system. */
export interface AuditActor {
  userId: string | null;
  label: string;
}

/** The kinds of register record the audit trail knows; also the `entityType` of the history endpoint. */
export const auditedEntityTypes = [
  "counterparty",
  "relationship",
  "processing_specification",
  "security_measure",
  "certification",
  "sub_processor",
  "agreement",
  "audit",
  "breach",
] as const;
export type AuditedEntityType = (typeof auditedEntityTypes)[number];

interface RecordedChange<Row extends object> {
  entityType: AuditedEntityType;
  entityId: string;
  /** The fields worth recording; bookkeeping columns such as `updatedAt` stay out. */
  fields: readonly (keyof Row & string)[];
  now?: Date;
}

/**
 * Writes audit events inside the transaction of the change (see `withOrganisationScope`).
 * Services call one of these right after their write, so a change without its event cannot
 * be committed. `now` is the service's clock, so an event is dated like the change it records
 * (tests and the demo pass a fixed one).
 */
export function createAuditTrail(
  transaction: Transaction,
  organisationId: string,
  actor: AuditActor,
  now: () => Date = () => new Date(),
) {
  const events = createAuditEventDataAccess(transaction, organisationId);
  const base = (entityType: string, entityId: string, at: Date | undefined) => ({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    entityType,
    entityId,
    occurredAt: at ?? now(),
  });
  return {
    async created<Row extends object>(row: Row, change: RecordedChange<Row>): Promise<void> {
      await events.append({
        ...base(change.entityType, change.entityId, change.now),
        action: "created",
        changes: snapshotOf(row, change.fields),
      });
    },

    /** Records an update; an update that changed none of the fields writes no event. */
    async updated<Row extends object>(
      before: Row,
      after: Row,
      change: RecordedChange<Row> & { action?: string },
    ): Promise<void> {
      const changes = changedFields(before, after, change.fields);
      if (Object.keys(changes).length === 0) return;
      await events.append({
        ...base(change.entityType, change.entityId, change.now),
        action: change.action ?? "updated",
        changes,
      });
    },

    async deleted<Row extends object>(row: Row, change: RecordedChange<Row>): Promise<void> {
      await events.append({
        ...base(change.entityType, change.entityId, change.now),
        action: "deleted",
        changes: snapshotOf(row, change.fields),
      });
    },

    /** Many events of one kind at once, in order (an import): one lock and one insert instead of one per record. */
    async recordedMany(
      entityType: AuditedEntityType,
      action: string,
      entries: readonly { entityId: string; changes: Record<string, unknown> }[],
    ): Promise<void> {
      const occurredAt = now();
      await events.appendMany(
        entries.map((entry) => ({ ...base(entityType, entry.entityId, occurredAt), action, changes: entry.changes })),
      );
    },

    /** Any other event (e.g. `document_attached`, `check_attached`) with its own description of what changed. */
    async recorded(entityType: AuditedEntityType, entityId: string, action: string, changes: Record<string, unknown>) {
      await events.append({ ...base(entityType, entityId, undefined), action, changes });
    },
  };
}
export type AuditTrail = ReturnType<typeof createAuditTrail>;
