import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../database/connection.ts";
import { auditEvents, organisations } from "../database/schema.ts";
import { createAuditEventDataAccess, type AuditEventRecord } from "../data-access/audit-events.ts";
import { auditEventHash } from "./audit-hash.ts";

/** Why a link of the chain is not what it should be. */
export type ChainBreak =
  | { kind: "sequence_gap"; sequence: number; expectedSequence: number }
  | { kind: "previous_hash_mismatch"; sequence: number }
  | { kind: "hash_mismatch"; sequence: number; eventId: string };

export interface OrganisationChainResult {
  organisationId: string;
  organisationName: string;
  events: number;
  /** Hash of the newest event: write it down elsewhere to detect later removal of the newest events. */
  headHash: string | null;
  /** The first break found; the rest of the chain is not trusted after it. */
  firstBreak: ChainBreak | null;
}

const pageSize = 1000;

function firstBreakOf(
  event: AuditEventRecord,
  expectedSequence: number,
  previousHash: string | null,
): ChainBreak | null {
  if (event.sequence !== expectedSequence) {
    return { kind: "sequence_gap", sequence: event.sequence, expectedSequence };
  }
  if (event.previousHash !== previousHash) return { kind: "previous_hash_mismatch", sequence: event.sequence };
  if (auditEventHash(event) !== event.hash)
    return { kind: "hash_mismatch", sequence: event.sequence, eventId: event.id };
  return null;
}

/**
 * Recomputes every organisation's hash chain from the stored rows. Runs as the database owner
 * (the CLI), not in a tenant scope, because it reads all organisations.
 */
export async function verifyAuditChains(
  database: Database,
  options: { organisationId?: string } = {},
): Promise<OrganisationChainResult[]> {
  const chains = await database
    .select({ id: organisations.id, name: organisations.name, events: sql<number>`count(${auditEvents.id})::int` })
    .from(organisations)
    .leftJoin(auditEvents, eq(auditEvents.organisationId, organisations.id))
    .where(options.organisationId ? eq(organisations.id, options.organisationId) : undefined)
    .groupBy(organisations.id, organisations.name)
    .orderBy(asc(organisations.name), asc(organisations.id));

  const results: OrganisationChainResult[] = [];
  for (const chain of chains) {
    const events = createAuditEventDataAccess(database, chain.id);
    let expectedSequence = 1;
    let previousHash: string | null = null;
    let firstBreak: ChainBreak | null = null;
    let lastSequence = 0;
    while (firstBreak === null) {
      const page = await events.listAfter(lastSequence, pageSize);
      for (const event of page) {
        firstBreak = firstBreakOf(event, expectedSequence, previousHash);
        if (firstBreak) break;
        previousHash = event.hash;
        expectedSequence += 1;
        lastSequence = event.sequence;
      }
      if (page.length < pageSize) break;
    }
    results.push({
      organisationId: chain.id,
      organisationName: chain.name,
      events: chain.events,
      headHash: firstBreak ? null : previousHash,
      firstBreak,
    });
  }
  return results;
}
