/** Reminders and the notification outbox. (Being built.) */
export {};
