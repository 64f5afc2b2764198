import type { AuditEventView } from "@art28/contract";

/** One field in a history entry: what it was and what it became (either may be absent). */
export interface HistoryChange {
  field: string;
  /** Present when the event says what the field was before. */
  from?: unknown;
  /** Present when the event says what the field became. */
  to?: unknown;
}

/** One event of a record's history, ready to show. */
export interface HistoryEntry {
  id: string;
  occurredAt: string;
  actorLabel: string;
  action: string;
  changes: HistoryChange[];
}

function isFieldChange(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;
}

/** References to other records (`relationshipId`, `documentId`): ids say nothing to a reader. */
function isReference(field: string): boolean {
  return field === "id" || /Id$/.test(field);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/**
 * The events of the history endpoint as rows, newest first. An update records
 * `{ field: { from, to } }`; creation and deletion record the whole record, shown as the values
 * set or removed (empty fields and references to other records left out, they say nothing to
 * a reader). Other events (a status change, an
 * attached document) may carry either form.
 */
export function historyEntries(events: readonly AuditEventView[]): HistoryEntry[] {
  return [...events]
    .sort((one, other) => other.sequence - one.sequence)
    .map((event) => {
      const changes: HistoryChange[] = [];
      for (const [field, value] of Object.entries(event.changes)) {
        if (isReference(field)) continue;
        if (isFieldChange(value)) changes.push({ field, from: value.from, to: value.to });
        else if (isEmpty(value)) continue;
        else if (event.action === "deleted") changes.push({ field, from: value });
        else changes.push({ field, to: value });
      }
      return {
        id: event.id,
        occurredAt: event.occurredAt,
        actorLabel: event.actorLabel,
        action: event.action,
        changes,
      };
    });
}
