import type { NotificationContent } from "@art28/contract";
import nodemailer from "nodemailer";
import type { Database } from "../database/connection.ts";
import { createNotificationOutboxDataAccess } from "../data-access/notifications.ts";

/** One e-mail as the sender hands it over; the sender address belongs to the mailer. */
export interface MailMessage {
  to: readonly string[];
  subject: string;
  text: string;
}

/** Delivers e-mail; resolves when the SMTP server accepted the message, rejects otherwise. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * A mailer over SMTP with nodemailer. Options such as `?ignoreTLS=true` or
 * `?tls.rejectUnauthorized=false` can be given in the URL. The timeouts are short because a
 * sweep waits for the sender: an unreachable server must fail the attempt, not stall the loop.
 */
export function createSmtpMailer(smtp: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: smtp.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: smtp.from, to: [...message.to], subject: message.subject, text: message.text });
    },
  };
}

/** The e-mail of one notification: the Dutch text first, then the English one. */
export function reminderEmail(content: NotificationContent, organisationName: string): Omit<MailMessage, "to"> {
  return {
    subject: content.nl.subject,
    text: [
      content.nl.body,
      "",
      "— English —",
      content.en.subject,
      "",
      content.en.body,
      "",
      "-- ",
      `U ontvangt dit bericht van Art28 omdat u beheerder of privacyfunctionaris bent van ${organisationName}. ` +
        "Alle herinneringen staan in Art28 onder Meldingen.",
      `You receive this message from Art28 as an admin or privacy officer of ${organisationName}. ` +
        "All reminders are listed in Art28 under Notifications.",
    ].join("\n"),
  };
}

export interface SendResult {
  sent: number;
  failed: number;
}

const claimSize = 25;
/** Enough for a large backlog in one run; what is left waits for the next run. */
const maximumClaimsPerRun = 40;

/**
 * Sends the e-mail of pending notifications (and retries failed ones after their back-off).
 * Each batch is claimed in one short transaction that locks the rows (`for update skip
 * locked`) and marks them taken; the SMTP conversation happens after the commit, so no
 * transaction waits on the network (the embedded engine has one connection), and the outcome
 * is written in a second short transaction.
 *
 * Delivery is at most once: a process that stops between handing the message to the SMTP
 * server and writing the outcome leaves the notification marked failed as unconfirmed, and it
 * is not sent again. A reminder is never lost, since it stays in the app; a duplicate e-mail
 * about a breach deadline would be noise that teaches people to ignore them.
 */
export async function sendPendingEmails(
  database: Database,
  mailer: Mailer,
  options: { now: () => Date },
): Promise<SendResult> {
  const outbox = createNotificationOutboxDataAccess(database);
  const result: SendResult = { sent: 0, failed: 0 };
  for (let round = 0; round < maximumClaimsPerRun; round += 1) {
    const claimed = await outbox.claim(claimSize, options.now());
    for (const email of claimed) {
      let error: string | undefined;
      if (email.content === undefined) error = "The stored content of this notification cannot be read.";
      else if (email.recipients.length === 0)
        error = "No recipients: the organisation has no admin or privacy officer.";
      else {
        try {
          await mailer.send({ to: email.recipients, ...reminderEmail(email.content, email.organisationName) });
        } catch (caught) {
          error = caught instanceof Error ? caught.message : String(caught);
        }
      }
      if (error === undefined) {
        await outbox.markSent(email.id, options.now());
        result.sent += 1;
      } else {
        await outbox.markFailed(email.id, options.now(), error);
        result.failed += 1;
      }
    }
    if (claimed.length < claimSize) break;
  }
  return result;
}
