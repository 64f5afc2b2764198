import type { RegisterDependencies } from "./register-dependencies.ts";

/** The register's service for reminders of deadlines: the scheduler's sweep into the notifications outbox, e-mail, and the notification list. (Being built; see docs/status.md.) */
export function createReminderService(dependencies: RegisterDependencies) {
  void dependencies;
  return {};
}
export type ReminderService = ReturnType<typeof createReminderService>;
