import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The fields of an audit event that its hash covers: everything except the hash itself. */
export interface HashedAuditEvent {
  organisationId: string;
  sequence: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
  previousHash: string | null;
}

/**
 * SHA-256 over the event's canonical JSON (RFC 8785: sorted keys, fixed number and string
 * forms), so the same event always gives the same hash whichever engine stored it and however
 * `jsonb` reordered the keys of `changes`. The previous event's hash is part of the input: that
 * is what links the chain.
 */
export function auditEventHash(event: HashedAuditEvent): string {
  const canonical = canonicalize({
    organisationId: event.organisationId,
    sequence: event.sequence,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorLabel: event.actorLabel,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    changes: event.changes,
    previousHash: event.previousHash,
  });
  if (canonical === undefined) throw new Error("An audit event cannot be serialised.");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** Turns values into what `jsonb` gives back (dates as ISO strings, no `undefined`), so hashing before and after storage agrees. */
export function toStoredJson<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value ?? null)) as Value;
}
