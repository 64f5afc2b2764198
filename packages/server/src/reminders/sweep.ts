import type { Database } from "../database/connection.ts";
import { withOrganisationScope } from "../database/tenant-scope.ts";
import { createNotificationDataAccess, createNotificationOutboxDataAccess } from "../data-access/notifications.ts";
import { createRegisterFactsDataAccess } from "../data-access/register-facts.ts";
import { dueReminders } from "./due-reminders.ts";

const insertSliceSize = 500;

export interface SweepResult {
  /** Organisations looked at. */
  organisations: number;
  /** Notifications this sweep stored (reminders that had not fired before). */
  created: number;
  /** Organisations whose sweep failed; the others were swept all the same. */
  failures: Array<{ organisationId: string; error: unknown }>;
}

/**
 * Goes over every organisation with register data and stores each reminder that is due at
 * `now` and not stored yet. The organisations are listed as the database owner; each one is
 * then swept inside its own tenant scope and transaction, so a sweep never mixes
 * organisations and the embedded engine is never blocked for long. Safe to run from several
 * processes at once and after a restart: the unique reminder key decides what is new.
 */
export async function sweepReminders(
  database: Database,
  options: { now: Date; emailStatus: "pending" | "not_configured" },
): Promise<SweepResult> {
  const organisationIds = await createNotificationOutboxDataAccess(database).organisationsToSweep();
  const result: SweepResult = { organisations: organisationIds.length, created: 0, failures: [] };
  for (const organisationId of organisationIds) {
    try {
      result.created += await withOrganisationScope(database, organisationId, async (transaction) => {
        const notifications = createNotificationDataAccess(transaction, organisationId);
        const [facts, names] = await Promise.all([
          createRegisterFactsDataAccess(transaction, organisationId).load(),
          notifications.relationshipNames(),
        ]);
        const due = dueReminders(
          facts.map((relationship) => {
            const name = names.get(relationship.relationshipId);
            return {
              relationshipId: relationship.relationshipId,
              relationshipName: name?.relationshipName ?? "",
              counterpartyName: name?.counterpartyName ?? "",
              facts: relationship.facts,
            };
          }),
          options.now,
        );
        const rows = due.map((reminder) => ({
          reminderKey: reminder.key,
          kind: reminder.kind,
          relationshipId: reminder.relationshipId,
          entityType: reminder.subject.type,
          entityId: reminder.subject.id,
          dueAt: reminder.dueAt,
          content: reminder.content,
          emailStatus: options.emailStatus,
        }));
        let stored = 0;
        // In slices, to stay far below the number of parameters one statement may carry.
        for (let start = 0; start < rows.length; start += insertSliceSize) {
          stored += (await notifications.insertNew(rows.slice(start, start + insertSliceSize), options.now)).length;
        }
        return stored;
      });
    } catch (error) {
      result.failures.push({ organisationId, error });
    }
  }
  return result;
}
