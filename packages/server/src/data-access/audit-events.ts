import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { auditEventHash, toStoredJson } from "../audit/audit-hash.ts";
import type { Executor } from "../database/connection.ts";
import { auditEvents } from "../database/schema.ts";

export type AuditEventRecord = typeof auditEvents.$inferSelect;

export interface NewAuditEvent {
  actorUserId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * The audit trail of one organisation. `append` must run in the transaction of the change it
 * records, so the change and its event are committed together or not at all.
 */
export function createAuditEventDataAccess(database: Executor, organisationId: string) {
  const ofOrganisation = eq(auditEvents.organisationId, organisationId);

  /** Adds several links in order with one lock and one insert (an import writes hundreds). */
  async function appendMany(newEvents: readonly NewAuditEvent[]): Promise<AuditEventRecord[]> {
    if (newEvents.length === 0) return [];
    await database.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${organisationId}`}, 0))`);
    const [last] = await database
      .select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
      .from(auditEvents)
      .where(ofOrganisation)
      .orderBy(desc(auditEvents.sequence))
      .limit(1);
    let sequence = last?.sequence ?? 0;
    let previousHash = last?.hash ?? null;
    const rows = newEvents.map((event) => {
      sequence += 1;
      const fields = {
        organisationId,
        sequence,
        // Millisecond precision, as the column stores it, so the hash can be recomputed from the row.
        occurredAt: new Date(event.occurredAt.getTime()),
        actorUserId: event.actorUserId,
        actorLabel: event.actorLabel,
        entityType: event.entityType,
        entityId: event.entityId,
        action: event.action,
        changes: toStoredJson(event.changes),
        previousHash,
      };
      const row = { ...fields, hash: auditEventHash(fields) };
      previousHash = row.hash;
      return row;
    });
    const inserted: AuditEventRecord[] = [];
    // Bounded batches keep each statement well under PostgreSQL's parameter limit.
    for (let start = 0; start < rows.length; start += 500) {
      inserted.push(
        ...(await database
          .insert(auditEvents)
          .values(rows.slice(start, start + 500))
          .returning()),
      );
    }
    return inserted;
  }

  return {
    /**
     * Adds the next link of the chain. The transaction-scoped advisory lock serialises appends
     * of one organisation, so two concurrent changes cannot both claim the same predecessor;
     * the unique (organisation, sequence) index would refuse the second anyway.
     */
    async append(event: NewAuditEvent): Promise<AuditEventRecord> {
      const [inserted] = await appendMany([event]);
      return inserted!;
    },

    appendMany,

    /** The history of one record, oldest first. */
    async listForEntity(entityType: string, entityId: string): Promise<AuditEventRecord[]> {
      return database
        .select()
        .from(auditEvents)
        .where(and(ofOrganisation, eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
        .orderBy(asc(auditEvents.sequence));
    },

    /** Events in chain order after `afterSequence`, a page at a time. */
    async listAfter(afterSequence: number, limit: number): Promise<AuditEventRecord[]> {
      return database
        .select()
        .from(auditEvents)
        .where(and(ofOrganisation, gt(auditEvents.sequence, afterSequence)))
        .orderBy(asc(auditEvents.sequence))
        .limit(limit);
    },
  };
}
export type AuditEventDataAccess = ReturnType<typeof createAuditEventDataAccess>;
