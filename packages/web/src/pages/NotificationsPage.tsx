import { Heading } from "@nl-design-system-candidate/heading-react";

/** Reminders of deadlines, and the e-mail outbox. (Placeholder until the screen is built.) */
export function NotificationsPage() {
  return <Heading level={1}>NotificationsPage</Heading>;
}
